namespace Pelhrimov.Core.Workflows;

/// <summary>A value of an event a workflow's conditions and templates can use: its name (camelCase) and Czech label.</summary>
public sealed record WorkflowField(string Name, string Label);

/// <summary>
/// Values for a notification kind's model, by the model's member names (<c>Reference</c>, <c>FilingSubject</c>, …): the
/// Workflows module builds the kind's record from them, so that the producing module need not reference Notifications.
/// Dates and amounts are already formatted in Czech (<c>CzechFormat</c>).
/// </summary>
public sealed record WorkflowNotificationValues(string Kind, IReadOnlyDictionary<string, object?> Values);

/// <summary>
/// What a workflow knows about one occurrence of its trigger: the flat fields (name → text; dates as <c>yyyy-MM-dd</c>,
/// numbers with a dot), the citizen accounts it concerns (none, one, or every account linked to a back-office person)
/// and the values of the notification kind it can fill.
/// </summary>
public sealed record WorkflowEventData(
    IReadOnlyDictionary<string, string?> Fields,
    IReadOnlyList<Guid> AccountIds,
    WorkflowNotificationValues? Notification = null);

public enum WorkflowTriggerKind
{
    /// <summary>A domain event from the catalogue (docs/events.md).</summary>
    Event,

    /// <summary>A date of an item (a receivable's due date), checked every day with a day offset the workflow sets.</summary>
    Date,

    /// <summary>A cron schedule (Workflows module's own trigger).</summary>
    Schedule,
}

/// <summary>
/// A trigger as the editor offers it: its key (for an event its stored name, <c>filings.status-changed</c>), Czech title,
/// fields, the notification kind it can fill, and sample data for the try-run ("Vyzkoušet").
/// </summary>
public sealed record WorkflowTriggerInfo(
    string Title,
    IReadOnlyList<WorkflowField> Fields,
    WorkflowEventData Sample,
    string? NotificationKind = null);

/// <summary>A registered trigger: its key and kind, what the editor shows, and (for a date trigger) the source type.</summary>
public sealed record WorkflowTrigger(string Key, WorkflowTriggerKind Kind, WorkflowTriggerInfo Info, Type? SourceType = null)
{
    public string Title => Info.Title;
}

/// <summary>
/// Describes a module's domain event for workflows (one small file in the producing module, registered with
/// <see cref="WorkflowRegistration.AddWorkflowEvent{TEvent, TSource}"/>). Resolved in the handler's scope.
/// </summary>
public interface IWorkflowEventSource<in TEvent>
    where TEvent : class, Events.IDomainEvent
{
    static abstract WorkflowTriggerInfo Info { get; }

    /// <summary>The event's data; null when what it is about is gone (then no workflow starts).</summary>
    Task<WorkflowEventData?> DescribeAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>An item with a date a date trigger fires on, with a key unique for the item and date (<c>receivable-R-1-2027-03-31</c>).</summary>
public sealed record WorkflowDatedItem(string Key, WorkflowEventData Data);

/// <summary>
/// Items of a module that have a date a workflow may fire on (a receivable's due date): the Workflows module asks every
/// day for those dated on a day (today plus or minus the workflow's offset). Register with
/// <see cref="WorkflowRegistration.AddWorkflowDateSource{TSource}"/>.
/// </summary>
public interface IWorkflowDateSource
{
    static abstract string Key { get; }

    static abstract WorkflowTriggerInfo Info { get; }

    Task<IReadOnlyList<WorkflowDatedItem>> ListAsync(DateOnly date, CancellationToken cancellationToken);
}

/// <summary>The triggers the site knows, by key.</summary>
public sealed class WorkflowTriggers(IEnumerable<WorkflowTrigger> triggers)
{
    public IReadOnlyList<WorkflowTrigger> All { get; } = [.. triggers.DistinctBy(t => t.Key).OrderBy(t => t.Title, StringComparer.Create(Formatting.CzechFormat.Culture, false))];

    public WorkflowTrigger? Find(string? key) => All.FirstOrDefault(t => t.Key == key);
}
