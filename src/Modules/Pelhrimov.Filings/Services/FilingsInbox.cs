using Microsoft.EntityFrameworkCore;
using Pelhrimov.Filings.Data;
using Pelhrimov.Filings.Domain;

namespace Pelhrimov.Filings.Services;

/// <summary>How old a filing is (since it was submitted), as the inbox filters it.</summary>
public enum FilingAge
{
    UpToWeek,
    UpToMonth,
    OlderThanMonth,
}

/// <summary>The inbox's filter; every part optional.</summary>
public sealed record InboxFilter(FilingStatus? Status, string? Department, FilingAge? Age, int Page = 1);

public sealed record InboxRow(string Reference, string Subject, FilingStatus Status, DateTime SubmittedUtc, DateTime StatusChangedUtc, string? Department, string? Clerk, string? CaseNumber);

public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, int Page, int PageCount, int Total, IReadOnlyList<string> Departments);

/// <summary>The clerk inbox's queries: filtered lists and a filing with its whole history (internal notes included).</summary>
public sealed class FilingsInbox(FilingsDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public static string AgeCode(FilingAge age) => age switch
    {
        FilingAge.UpToWeek => "tyden",
        FilingAge.UpToMonth => "mesic",
        _ => "starsi",
    };

    public static string AgeName(FilingAge age) => age switch
    {
        FilingAge.UpToWeek => "do 7 dnů",
        FilingAge.UpToMonth => "8 až 30 dnů",
        _ => "starší než 30 dnů",
    };

    public static FilingAge? ParseAge(string? code) =>
        Enum.GetValues<FilingAge>().Cast<FilingAge?>().FirstOrDefault(a => AgeCode(a!.Value) == code);

    public async Task<InboxPage> ListAsync(InboxFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Filings.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(f => f.Status == status);
        }
        if (!string.IsNullOrEmpty(filter.Department))
        {
            query = query.Where(f => f.Department == filter.Department);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var week = now.AddDays(-7);
        var month = now.AddDays(-30);
        query = filter.Age switch
        {
            FilingAge.UpToWeek => query.Where(f => f.SubmittedUtc >= week),
            FilingAge.UpToMonth => query.Where(f => f.SubmittedUtc < week && f.SubmittedUtc >= month),
            FilingAge.OlderThanMonth => query.Where(f => f.SubmittedUtc < month),
            _ => query,
        };
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await query.OrderByDescending(f => f.SubmittedUtc).ThenBy(f => f.Reference)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(f => new InboxRow(f.Reference, f.Subject, f.Status, f.SubmittedUtc, f.StatusChangedUtc, f.Department, f.Clerk, f.CaseNumber))
            .ToListAsync(cancellationToken);
        var departments = await db.Filings.AsNoTracking().Where(f => f.Department != null).Select(f => f.Department!)
            .Distinct().ToListAsync(cancellationToken);
        return new InboxPage(rows, page, pageCount, total, [.. departments.Order(StringComparer.Create(Pelhrimov.Core.Formatting.CzechFormat.Culture, false))]);
    }

    /// <summary>A filing with its history (oldest first) and documents, for the clerk; null when no such reference.</summary>
    public async Task<(Filing Filing, IReadOnlyList<FilingStatusChange> History, IReadOnlyList<FilingDocument> Documents)?> FindAsync(
        string reference, CancellationToken cancellationToken)
    {
        var filing = await db.Filings.AsNoTracking().FirstOrDefaultAsync(f => f.Reference == reference, cancellationToken);
        if (filing is null)
        {
            return null;
        }
        var history = await db.StatusChanges.AsNoTracking().Where(c => c.FilingId == filing.Id).OrderBy(c => c.OccurredUtc).ToListAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking().Where(d => d.FilingId == filing.Id).OrderBy(d => d.AddedUtc).ToListAsync(cancellationToken);
        return (filing, history, documents);
    }

    public Task<FilingDocument?> FindDocumentAsync(Guid filingId, Guid documentId, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.FilingId == filingId && d.Id == documentId, cancellationToken);
}
