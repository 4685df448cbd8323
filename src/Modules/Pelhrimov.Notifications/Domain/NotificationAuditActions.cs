using Pelhrimov.Core.Audit;

namespace Pelhrimov.Notifications.Domain;

/// <summary>Audit codes the notifications module writes.</summary>
public static class NotificationAuditActions
{
    public const string TemplateSaved = "notification.template-saved";
}

/// <summary>Czech names of <see cref="NotificationAuditActions"/>.</summary>
public sealed class NotificationAuditActionLabels : IAuditActionLabels
{
    public IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [NotificationAuditActions.TemplateSaved] = "Nová verze šablony oznámení",
    };
}
