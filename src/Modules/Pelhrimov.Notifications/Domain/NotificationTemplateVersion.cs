namespace Pelhrimov.Notifications.Domain;

/// <summary>
/// One saved wording of a kind of notification. Rows are never changed: saving makes the next version, and the current
/// wording is the kind's highest version. Every message records the version it was rendered from.
/// </summary>
public sealed class NotificationTemplateVersion
{
    public const int SubjectMaxLength = 500;

    public long Id { get; set; }

    /// <summary>The kind's key, for example <c>filing.status-changed</c>.</summary>
    public required string Key { get; set; }

    /// <summary>1, 2, …; unique per key.</summary>
    public int Version { get; set; }

    public required string Subject { get; set; }

    public required string HtmlBody { get; set; }

    public required string TextBody { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Who saved it: a staff user name, or <c>system</c> for the seeded default.</summary>
    public required string CreatedBy { get; set; }
}
