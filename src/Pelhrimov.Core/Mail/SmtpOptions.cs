namespace Pelhrimov.Core.Mail;

/// <summary>How the connection to the SMTP server is secured (MailKit's <c>SecureSocketOptions</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>TLS on port 465, STARTTLS where the server offers it elsewhere.</summary>
    Auto,
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>Configuration section <c>Smtp</c>: where and how e-mail is delivered, and how failed deliveries are retried.</summary>
/// <remarks>With no <see cref="Host"/> the messages are written to the pickup folder <c>&lt;data folder&gt;/mail/</c> instead.
/// <see cref="Password"/> belongs in an environment variable or a secret store, never in appsettings files.</remarks>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>The default backoff: 1 min, 5 min, 30 min, 2 h, 6 h, then every 12 h until <see cref="MaxAttempts"/>.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2), TimeSpan.FromHours(6), TimeSpan.FromHours(12),
    ];

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address; the town's e-mail from the site settings when empty.</summary>
    public string? From { get; set; }

    /// <summary>The sender's display name; the town's official name from the site settings when empty.</summary>
    public string? FromName { get; set; }

    /// <summary>How often the outbox is looked at when nothing wakes the delivery worker earlier.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one SMTP operation (connect, a command, sending a message).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After this many failed attempts a message is marked Failed and waits for an administrator.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Waits after the 1st, 2nd, … failure; the last one repeats. <see cref="DefaultRetryDelays"/> when empty.</summary>
    /// <remarks>Null by default because the configuration binder appends to an array it finds filled.</remarks>
    public TimeSpan[]? RetryDelays { get; set; }

    /// <summary>How many messages one worker claims at a time.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claim protects messages being sent; a node that dies mid-batch (kill -9) leaves them to the
    /// other nodes, or to its own next start, after it. Short, because a worker releases the rest of a batch whose claim
    /// could lapse and claims again (docs/mail.md).</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary><see cref="LockDuration"/>, but long enough for two SMTP operations, so that every claim sends something.</summary>
    public TimeSpan ClaimDuration => LockDuration > Timeout * 2 ? LockDuration : Timeout * 2;

    public bool UsesPickupFolder => string.IsNullOrWhiteSpace(Host);

    /// <summary>The wait before the next attempt after <paramref name="failedAttempts"/> failures (1 or more).</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        IReadOnlyList<TimeSpan> delays = RetryDelays is { Length: > 0 } configured ? configured : DefaultRetryDelays;
        return delays[Math.Clamp(failedAttempts - 1, 0, delays.Count - 1)];
    }
}
