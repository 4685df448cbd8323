namespace Pelhrimov.Core.Events;

/// <summary>A published event as stored in <c>core_events</c>, written in the producer's transaction.</summary>
public sealed class StoredEvent
{
    public const int TypeMaxLength = 100;

    public long Id { get; set; }

    /// <summary>The event's name from its <see cref="DomainEventAttribute"/>, e.g. <c>content.published</c>.</summary>
    public required string Type { get; set; }

    public int Version { get; set; }

    /// <summary>The event as JSON (System.Text.Json, web defaults).</summary>
    public required string Payload { get; set; }

    public DateTime OccurredUtc { get; set; }

    /// <summary>The producing module's id.</summary>
    public required string Module { get; set; }

    /// <summary>The trace id of the request or job that published it, to find its log lines.</summary>
    public string? CorrelationId { get; set; }

    public List<EventDelivery> Deliveries { get; set; } = [];
}
