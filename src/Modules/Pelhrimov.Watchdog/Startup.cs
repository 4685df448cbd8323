using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Watchdog.Data;
using Pelhrimov.Watchdog.Services;

namespace Pelhrimov.Watchdog;

/// <summary>The watchdog: its tables, the citizen pages and card, the reminder job, the calendar feed, clean-up on account deletion.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<WatchdogDbContext, SqliteWatchdogDbContext, PostgresWatchdogDbContext>(context, Manifest.ModuleId);
        services.AddScoped<CitizenViewers>();
        services.AddScoped<OwnEvents>();
        services.AddScoped<WatchdogAgenda>();
        services.AddScoped<CalendarFeeds>();
        services.AddScoped<IWatchdogReminders, WatchdogReminderTexts>();
        services.AddCitizenAreaSection<WatchdogSection>();
        services.AddScheduledJob<ReminderJob>(ReminderJob.Name, ReminderJob.Title, ReminderJob.Schedule);
        services.AddEventHandler<CitizenAccountDeleted, DeleteWatchdogOnAccountDeleted>();
        Pelhrimov.Core.Workflows.WorkflowRegistration.AddWorkflowEvent<WatchdogReminderDue, ReminderDueForWorkflows>(services);
    }
}
