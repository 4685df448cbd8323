namespace Pelhrimov.Workflows;

/// <summary>Configuration <c>Workflows:</c> (docs/workflows.md).</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflows";

    /// <summary>Attempts of a failing step before the instance is Failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Waits after the 1st, 2nd, … failure of a step; the last repeats.</summary>
    public List<TimeSpan> RetryDelays { get; set; } = [];

    /// <summary>How long a node's claim on a running instance protects it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many workflows an event may pass through before the chain is stopped as a loop.</summary>
    public int MaxChainDepth { get; set; } = 5;

    /// <summary>Finished instances (and their logs) older than this are deleted by <c>workflows.prune</c>.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The HMAC-SHA256 key of the webhook signature (<c>X-Portal-Signature</c>); empty: no signature header.</summary>
    public string WebhookSecret { get; set; } = "";

    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Waits between webhook attempts within one step; attempts are one more than the delays.</summary>
    public List<TimeSpan> WebhookRetryDelays { get; set; } = [];

    public IReadOnlyList<TimeSpan> StepDelays => RetryDelays.Count > 0 ? RetryDelays
        : [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)];

    public IReadOnlyList<TimeSpan> WebhookDelays => WebhookRetryDelays.Count > 0 ? WebhookRetryDelays
        : [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    public static TimeSpan Delay(IReadOnlyList<TimeSpan> delays, int failures) => delays[Math.Clamp(failures - 1, 0, delays.Count - 1)];
}
