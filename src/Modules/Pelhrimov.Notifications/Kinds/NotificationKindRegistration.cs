using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Notifications.Kinds;

public static class NotificationKindRegistration
{
    /// <summary>Adds a kind of notification: its templates appear in the admin and <c>INotifications</c> accepts its key.</summary>
    public static IServiceCollection AddNotificationKind(this IServiceCollection services, NotificationKind kind) =>
        services.AddSingleton(kind);
}
