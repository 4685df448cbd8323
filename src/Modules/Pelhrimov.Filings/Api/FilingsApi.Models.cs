namespace Pelhrimov.Filings.Api;

// The JSON the records system sends and what it gets back.
public static partial class FilingsApi
{
    /// <summary>The JSON of <c>PUT /api/v1/podani/{id}</c>; every value a string so that a wrong one is named, not a parser's error.</summary>
    public sealed class FilingInput
    {
        public string? PersonId { get; set; }
        public string? Subject { get; set; }
        public string? Channel { get; set; }
        public string? SubmittedAt { get; set; }
        public string? Source { get; set; }
        public string? Department { get; set; }
        public string? Clerk { get; set; }
        public string? CaseNumber { get; set; }
        public string? FileMark { get; set; }
    }

    /// <summary>The JSON of <c>POST /api/v1/podani/{id}/stav</c>.</summary>
    public sealed class StatusInput
    {
        public string? ChangeId { get; set; }
        public string? Status { get; set; }
        public string? Note { get; set; }
        public string? InternalNote { get; set; }
        public string? ChangedAt { get; set; }
        public string? Actor { get; set; }
    }

    public sealed record FilingResource(
        string Id, string Reference, string PersonId, string Subject, string Channel, DateTime SubmittedAt, string? Source,
        string? Department, string? Clerk, string? CaseNumber, string? FileMark, string Status, DateTime StatusChangedAt, DateTime UpdatedAt);

    public sealed record StatusChangeResource(string ChangeId, string? OldStatus, string Status, DateTime ChangedAt, string Actor, string? Note, string? InternalNote);

    public sealed record DocumentResource(string DocumentId, string FileName, string ContentType, long Size, string Direction, DateTime AddedAt);

    public sealed record FilingPage(IReadOnlyList<FilingResource> Items, string? NextCursor);
}
