namespace Pelhrimov.Core.Audit;

/// <summary>One recorded action: who did what to which thing, and when.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime OccurredUtc { get; set; }

    /// <summary>The acting user's name, or "system" for scheduled work.</summary>
    public required string Actor { get; set; }

    /// <summary>A stable code such as <c>content.published</c>.</summary>
    public required string Action { get; set; }

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    /// <summary>Human-readable detail in Czech, shown in the admin.</summary>
    public string? Summary { get; set; }
}
