namespace Pelhrimov.Core.Events;

/// <summary>Where one handler's delivery of one event stands.</summary>
/// <remarks>Pending → Done, or Pending → (retries) → Failed; an administrator may put a Failed one back to Pending.</remarks>
public enum DeliveryStatus
{
    Pending = 0,
    Done = 1,
    Failed = 2,
}

/// <summary>One handler's delivery of one event (<c>core_event_deliveries</c>): the idempotency record, the retry state and
/// the lease that keeps two nodes from running it at once. Created with the event, for every handler registered then.</summary>
public sealed class EventDelivery
{
    public const int HandlerMaxLength = 300;

    public const int LastErrorMaxLength = 2000;

    public long Id { get; set; }

    public long EventId { get; set; }

    public StoredEvent Event { get; set; } = null!;

    /// <summary>The handler's registered name (its class's full name).</summary>
    public required string Handler { get; set; }

    public DeliveryStatus Status { get; set; }

    /// <summary>How many times the handler was run for it.</summary>
    public int Attempts { get; set; }

    /// <summary>Not to be run before this time (back-off after a failure).</summary>
    public DateTime NextAttemptUtc { get; set; }

    /// <summary>The claim holding the delivery, so that no other node runs it at the same time.</summary>
    public Guid? ClaimToken { get; set; }

    /// <summary>The node that holds or last held the claim (<c>machine/process id</c>), for the admin.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>When the claim lapses (a node that died while handling).</summary>
    public DateTime? LeaseUntilUtc { get; set; }

    /// <summary>Why the last attempt failed, shortened to <see cref="LastErrorMaxLength"/> characters.</summary>
    public string? LastError { get; set; }

    public DateTime? CompletedUtc { get; set; }
}
