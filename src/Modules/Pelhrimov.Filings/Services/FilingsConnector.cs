using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Filings.Data;
using Pelhrimov.Filings.Domain;

namespace Pelhrimov.Filings.Services;

/// <summary>A filing in a citizen's list.</summary>
public sealed record FilingSummary(
    string Reference,
    string Subject,
    FilingStatus Status,
    DateTime SubmittedUtc,
    DateTime StatusChangedUtc,
    string? CaseNumber,
    string? Department);

/// <summary>One entry of the history as the citizen sees it: no internal note, no clerk's account.</summary>
public sealed record FilingHistoryEntry(DateTime OccurredUtc, FilingStatus Status, string? PublicNote);

public sealed record FilingDocumentInfo(Guid Id, string FileName, string ContentType, long Size, DocumentDirection Direction, DateTime AddedUtc);

/// <summary>A filing's detail page for the citizen: the filing, its history (oldest first) and documents.</summary>
public sealed record FilingDetail(
    FilingSummary Summary,
    string? FileMark,
    FilingChannel Channel,
    string? Clerk,
    string? SourceSlug,
    IReadOnlyList<FilingHistoryEntry> History,
    IReadOnlyList<FilingDocumentInfo> Documents);

/// <summary>A document's bytes for download.</summary>
public sealed record FilingDocumentContent(string FileName, string ContentType, Stream Content);

/// <summary>
/// The read side of filings the citizen pages use, by back-office person ids (those <c>IPersonLinks</c> gives for the
/// signed-in account). Every method sees only filings of those persons: a filing or document of anyone else is
/// answered as if it did not exist (a null value). The built-in connector reads the portal's tables; one over the records
/// system's HTTP API (<see cref="HttpFilingsConnector"/>, <c>Filings:Connector:Kind</c>) can replace it. Each answer says
/// whether it is live or the last good answer kept while the records system does not answer, and as of when; a
/// document's bytes are never kept, so a download is live or unavailable.
/// </summary>
public interface IFilingsConnector
{
    Task<ConnectorResult<IReadOnlyList<FilingSummary>>> ListAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken);

    Task<ConnectorResult<FilingDetail?>> FindAsync(IReadOnlyCollection<string> personIds, string reference, CancellationToken cancellationToken);

    Task<ConnectorResult<FilingDocumentContent?>> OpenDocumentAsync(IReadOnlyCollection<string> personIds, string reference, Guid documentId, CancellationToken cancellationToken);
}

/// <summary>The built-in connector: the filings the records system pushed through the API (or clerks handled in the admin).</summary>
public sealed class BuiltInFilingsConnector(FilingsDbContext db, FilingFiles files, TimeProvider clock) : IFilingsConnector
{
    public async Task<ConnectorResult<IReadOnlyList<FilingSummary>>> ListAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken) =>
        ConnectorResult.Live(await ReadListAsync(personIds, cancellationToken), clock.GetUtcNow().UtcDateTime);

    public async Task<ConnectorResult<FilingDetail?>> FindAsync(IReadOnlyCollection<string> personIds, string reference, CancellationToken cancellationToken) =>
        ConnectorResult.Live(await ReadDetailAsync(personIds, reference, cancellationToken), clock.GetUtcNow().UtcDateTime);

    public async Task<ConnectorResult<FilingDocumentContent?>> OpenDocumentAsync(IReadOnlyCollection<string> personIds, string reference, Guid documentId, CancellationToken cancellationToken) =>
        ConnectorResult.Live(await ReadDocumentAsync(personIds, reference, documentId, cancellationToken), clock.GetUtcNow().UtcDateTime);

    private async Task<IReadOnlyList<FilingSummary>> ReadListAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return [];
        }
        return await db.Filings.AsNoTracking()
            .Where(f => personIds.Contains(f.PersonId))
            .OrderByDescending(f => f.SubmittedUtc)
            .Select(f => new FilingSummary(f.Reference, f.Subject, f.Status, f.SubmittedUtc, f.StatusChangedUtc, f.CaseNumber, f.Department))
            .ToListAsync(cancellationToken);
    }

    private async Task<FilingDetail?> ReadDetailAsync(IReadOnlyCollection<string> personIds, string reference, CancellationToken cancellationToken)
    {
        var filing = await OwnedAsync(personIds, reference, cancellationToken);
        if (filing is null)
        {
            return null;
        }
        var history = await db.StatusChanges.AsNoTracking()
            .Where(c => c.FilingId == filing.Id)
            .OrderBy(c => c.OccurredUtc)
            .Select(c => new FilingHistoryEntry(c.OccurredUtc, c.Status, c.PublicNote))
            .ToListAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.FilingId == filing.Id)
            .OrderBy(d => d.AddedUtc)
            .Select(d => new FilingDocumentInfo(d.Id, d.FileName, d.ContentType, d.Size, d.Direction, d.AddedUtc))
            .ToListAsync(cancellationToken);
        return new FilingDetail(
            new FilingSummary(filing.Reference, filing.Subject, filing.Status, filing.SubmittedUtc, filing.StatusChangedUtc, filing.CaseNumber, filing.Department),
            filing.FileMark, filing.Channel, filing.Clerk, filing.SourceSlug, history, documents);
    }

    private async Task<FilingDocumentContent?> ReadDocumentAsync(IReadOnlyCollection<string> personIds, string reference, Guid documentId, CancellationToken cancellationToken)
    {
        var filing = await OwnedAsync(personIds, reference, cancellationToken);
        if (filing is null)
        {
            return null;
        }
        var document = await db.Documents.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == documentId && d.FilingId == filing.Id, cancellationToken);
        var stream = document is null ? null : files.Open(filing.Id, document.Id);
        return stream is null ? null : new FilingDocumentContent(document!.FileName, document.ContentType, stream);
    }

    private async Task<Filing?> OwnedAsync(IReadOnlyCollection<string> personIds, string reference, CancellationToken cancellationToken) =>
        personIds.Count == 0 || !FilingReference.IsWellFormed(reference)
            ? null
            : await db.Filings.AsNoTracking().FirstOrDefaultAsync(f => f.Reference == reference && personIds.Contains(f.PersonId), cancellationToken);
}
