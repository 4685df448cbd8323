using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Core.Security;
using Microsoft.AspNetCore.RateLimiting;
using Pelhrimov.Notifications.Controllers;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Digest;
using Pelhrimov.Notifications.Erasure;
using Pelhrimov.Notifications.News;
using Pelhrimov.Notifications.Preferences;
using Pelhrimov.Notifications.Unsubscribe;
using Pelhrimov.Notifications.Delivery;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Inbox;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Sending;
using Pelhrimov.Notifications.Templates;
using Pelhrimov.Notifications.ViewComponents;

namespace Pelhrimov.Notifications;

/// <summary>Notifications: tables, the kinds and their templates, the sending API, preferences and digests, unsubscribe links, news subscriptions, delivery state, the inbox and its header link.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<NotificationsDbContext, SqliteNotificationsDbContext, PostgresNotificationsDbContext>(context, Manifest.ModuleId);
        foreach (var kind in BuiltInKinds.All)
        {
            services.AddNotificationKind(kind);
        }
        foreach (var kind in NewsKinds.All)
        {
            services.AddNotificationKind(kind);
        }
        services.AddSingleton<NotificationKinds>();
        services.AddScoped<TemplateStore>();
        services.AddScoped<CitizenContacts>();
        services.AddScoped<SmsDelivery>();
        services.TryAddSingleton<ISmsGateway, LoggingSmsGateway>();
        services.AddScoped<NotificationRenderer>();
        services.AddScoped<NotificationMail>();
        services.AddScoped<NotificationPreferences>();
        services.AddScoped<NewsSubscriberSender>();
        services.AddScoped<NewsSubscriptions>();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddScoped<UnsubscribeLinks>();
        services.AddScoped<Unsubscriber>();
        services.AddScoped<DigestSender>();
        services.AddScheduledJob<DigestJob>(DigestJob.Name, "Souhrny oznámení e-mailem (denní a týdenní)", JobSchedule.Every(TimeSpan.FromMinutes(15)));
        services.AddScoped<INotifications, NotificationSender>();
        services.AddScoped<EmailDeliveryStatus>();
        services.AddScheduledJob<EmailDeliveryStatusJob>("notifications.delivery-status", "Stav doručení oznámení e-mailem",
            JobSchedule.Every(TimeSpan.FromMinutes(1)));
        services.AddScoped<CitizenInbox>();
        services.AddCitizenAreaSection<InboxCitizenSection>();
        services.AddPageSlot(PageSlots.HeaderTools, UnreadNotificationsViewComponent.Name, order: 15);
        services.AddPageSlot(PageSlots.CitizenAccount, NotificationSettingsLinkViewComponent.Name);
        services.Configure<RateLimiterOptions>(o => o.AddPerAddressPolicy(NewsSubscriptionController.RateLimit, perMinute: 10));
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddAuditActionLabels<NotificationAuditActionLabels>();
        services.AddEventHandler<CitizenAccountDeleted, EraseNotificationsOnAccountDeleted>();
    }
}
