namespace Pelhrimov.Core.Events;

/// <summary>Configuration section <c>Events</c>: how domain events are dispatched to their handlers (docs/events.md).</summary>
public sealed class EventOptions
{
    public const string Section = "Events";

    /// <summary>The default back-off: 10 s, 1 min, 5 min, 30 min, then every 2 h until <see cref="MaxAttempts"/>.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
    ];

    /// <summary>False: this node dispatches no events (it still publishes them; other nodes, or this one once it is true
    /// again, handle them). Read at start.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the store is looked at when nothing on this node wakes the dispatcher (events of other nodes).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After this many failed runs a delivery is Failed and waits in the admin for "Zkusit znovu".</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Waits after the 1st, 2nd, … failure; the last one repeats. <see cref="DefaultRetryDelays"/> when empty.</summary>
    /// <remarks>Null by default because the configuration binder appends to an array it finds filled.</remarks>
    public TimeSpan[]? RetryDelays { get; set; }

    /// <summary>How many deliveries one claim takes.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How many handlers of a batch run at the same time, so that one slow handler does not hold the others.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>While this node answers at least this many requests, a batch runs one handler at a time (ADR 0058): the
    /// requests get the cores, the handlers' work (receipts, e-mails) follows a little later. 0: never give way.</summary>
    public int YieldAtRequests { get; set; } = 4;

    /// <summary>The cancellation a handler gets after this long; it then counts as a failed attempt.</summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a claim protects a batch; a node that dies mid-batch leaves it to other nodes after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an event whose deliveries are all done is kept (<see cref="PruneEventsJob"/>).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long an event with a failed delivery (a dead letter not retried) is kept.</summary>
    public TimeSpan FailedRetention { get; set; } = TimeSpan.FromDays(180);

    /// <summary>The wait before the next attempt after <paramref name="failedAttempts"/> failures (1 or more).</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        IReadOnlyList<TimeSpan> delays = RetryDelays is { Length: > 0 } configured ? configured : DefaultRetryDelays;
        return delays[Math.Clamp(failedAttempts - 1, 0, delays.Count - 1)];
    }
}
