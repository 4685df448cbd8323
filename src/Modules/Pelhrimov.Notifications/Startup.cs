using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Core.Security;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Delivery;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Inbox;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Sending;
using Pelhrimov.Notifications.Templates;
using Pelhrimov.Notifications.ViewComponents;

namespace Pelhrimov.Notifications;

/// <summary>Notifications: tables, the kinds and their templates, the sending API, delivery state, the inbox and its header link.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<NotificationsDbContext, SqliteNotificationsDbContext, PostgresNotificationsDbContext>(context, Manifest.ModuleId);
        foreach (var kind in BuiltInKinds.All)
        {
            services.AddNotificationKind(kind);
        }
        services.AddSingleton<NotificationKinds>();
        services.AddScoped<TemplateStore>();
        services.AddScoped<CitizenContacts>();
        services.AddScoped<SmsDelivery>();
        services.TryAddSingleton<ISmsGateway, LoggingSmsGateway>();
        services.AddScoped<INotifications, NotificationSender>();
        services.AddScoped<EmailDeliveryStatus>();
        services.AddScheduledJob<EmailDeliveryStatusJob>("notifications.delivery-status", "Stav doručení oznámení e-mailem",
            JobSchedule.Every(TimeSpan.FromMinutes(1)));
        services.AddScoped<CitizenInbox>();
        services.AddCitizenAreaSection<InboxCitizenSection>();
        services.AddPageSlot(PageSlots.HeaderTools, UnreadNotificationsViewComponent.Name, order: 15);
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddAuditActionLabels<NotificationAuditActionLabels>();
    }
}
