namespace Pelhrimov.Core.Events.Contracts;

/// <summary>
/// A citizen submitted a smart form; the submission (answers, attachments) is stored in the Forms module in the same
/// transaction. Its handlers are the submission's outbox: the receipt and the confirmation e-mail, the hand-over to
/// the records system. <paramref name="AccountId"/> is null for an anonymous submission.
/// </summary>
[DomainEvent("forms.submitted", 1, "Forms")]
public sealed record FormSubmitted(Guid SubmissionId, Guid FormId, int Version, Guid? AccountId) : IDomainEvent;
