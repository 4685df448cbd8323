namespace Pelhrimov.Core.Events.Contracts;

// Filing events carry ids only: the subject, notes and documents stay in the Filings module, where the citizen's
// data is kept and deleted; a handler that needs them asks the module. PersonId is the back-office person id
// (IPersonLinks tells which citizen accounts it is linked to).

/// <summary>A filing reached the portal for the first time (from the records system's API or the sample recipe).</summary>
[DomainEvent("filings.received", 1, "Filings")]
public sealed record FilingReceived(Guid FilingId, string PersonId) : IDomainEvent;

/// <summary>
/// A filing's status changed (or a clerk added a note with the same status: <paramref name="OldStatus"/> equals
/// <paramref name="NewStatus"/>). Statuses are the API codes: <c>prijato</c>, <c>v-reseni</c>, <c>ceka-na-doplneni</c>,
/// <c>vyrizeno</c>, <c>zamitnuto</c>.
/// </summary>
[DomainEvent("filings.status-changed", 1, "Filings")]
public sealed record FilingStatusChanged(Guid FilingId, string PersonId, Guid ChangeId, string OldStatus, string NewStatus) : IDomainEvent;

/// <summary>A document was added to a filing; <paramref name="Direction"/> is <c>obcan</c> (the citizen's) or <c>urad</c> (the office's reply).</summary>
[DomainEvent("filings.document-added", 1, "Filings")]
public sealed record FilingDocumentAdded(Guid FilingId, string PersonId, Guid DocumentId, string Direction) : IDomainEvent;
