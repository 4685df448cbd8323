namespace Pelhrimov.Notifications.Domain;

/// <summary>How often e-mail of one kind reaches a citizen: at once, or collected into a daily or weekly digest.</summary>
public enum EmailFrequency
{
    Immediately = 0,
    DailyDigest = 1,
    WeeklyDigest = 2,
}

/// <summary>
/// A citizen's choice for one kind of notification: which channels and how often e-mail. No row means the defaults
/// (every channel on, e-mail at once); a row is written the first time the citizen saves or unsubscribes.
/// </summary>
public sealed class NotificationPreference
{
    public long Id { get; set; }

    public Guid AccountId { get; set; }

    public required string KindKey { get; set; }

    public bool Email { get; set; } = true;

    public bool Inbox { get; set; } = true;

    public bool Sms { get; set; } = true;

    public EmailFrequency Frequency { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>What applies when the citizen has not chosen anything for the kind.</summary>
    public static NotificationPreference Default(Guid accountId, string kindKey) => new() { AccountId = accountId, KindKey = kindKey };
}
