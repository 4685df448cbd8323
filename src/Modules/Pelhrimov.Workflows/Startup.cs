using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Setup;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Workflows.Actions;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Editing;
using Pelhrimov.Workflows.Engine;
using Pelhrimov.Workflows.Jobs;
using Pelhrimov.Workflows.Recipes;

namespace Pelhrimov.Workflows;

/// <summary>Workflows: tables, the engine (starter, runner, queue), the built-in actions, the jobs, the admin and the recipe step.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<WorkflowsDbContext, SqliteWorkflowsDbContext, PostgresWorkflowsDbContext>(context, Manifest.ModuleId);
        services.Configure<WorkflowOptions>(context.Configuration.GetSection(WorkflowOptions.Section));
        services.TryAddSingleton<WorkflowTriggers>();
        services.AddSingleton<WorkflowActions>();
        services.AddWorkflowAction<NotifyAction>();
        services.AddWorkflowAction<InboxAction>();
        services.AddWorkflowAction<WebhookAction>();
        services.AddWorkflowAction<WaitAction>();
        services.AddHttpClient(WebhookAction.HttpClientName);
        services.AddScoped<WorkflowStarter>();
        services.AddScoped<IWorkflowRuntime>(sp => sp.GetRequiredService<WorkflowStarter>());
        services.AddScoped<StepExecutor>();
        services.AddSingleton<InstanceRunner>();
        services.AddSingleton<WorkflowVersionCache>();
        services.AddSingleton<InstanceQueue>();
        services.AddHostedService<InstanceQueueService>();
        services.AddScoped<WorkflowEditor>();
        services.AddScoped<TryRun>();
        services.AddSingleton<Controllers.Admin.EditorChoices>();
        services.AddScheduledJob<ResumeJob>(ResumeJob.Name, ResumeJob.Title, ResumeJob.Schedule);
        services.AddScheduledJob<DateTriggerJob>(DateTriggerJob.Name, DateTriggerJob.Title, DateTriggerJob.Schedule);
        services.AddScheduledJob<PruneJob>(PruneJob.Name, PruneJob.Title, PruneJob.Schedule);
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddAdminDashboard<AdminMenu>();
        services.AddRecipeStep<WorkflowsRecipeStep>("Workflows");
        services.AddEventHandler<CitizenAccountDeleted, EraseWorkflowRunsOnAccountDeleted>();
    }
}
