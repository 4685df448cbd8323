using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Validation;
using Pelhrimov.Filings.Data;
using Pelhrimov.Filings.Domain;

namespace Pelhrimov.Filings.Services;

/// <summary>What the records system (or the recipe) says about a filing; everything but its status and documents.</summary>
public sealed record FilingData(
    string PersonId,
    string Subject,
    FilingChannel Channel,
    DateTime SubmittedUtc,
    string? SourceSlug = null,
    string? Department = null,
    string? Clerk = null,
    string? CaseNumber = null,
    string? FileMark = null);

/// <summary>A status change to record; <see cref="ChangeKey"/> makes a repeated request harmless.</summary>
public sealed record StatusChangeRequest(
    string ChangeKey,
    FilingStatus Status,
    string? PublicNote,
    string? InternalNote,
    string Actor,
    DateTime? OccurredUtc = null);

/// <summary>A document to store; <see cref="ExternalId"/> is the records system's id (or the clerk form's one-time key).</summary>
public sealed record DocumentUpload(string? ExternalId, string FileName, string ContentType, byte[] Content, DocumentDirection Direction, string Actor);

public enum WriteOutcome
{
    Created,
    Updated,
    Unchanged,

    /// <summary>The key was used before for something else: nothing was changed.</summary>
    Conflict,
}

public sealed class FilingsOptions
{
    public const string Section = "Filings";

    /// <summary>Largest document the API and the clerk inbox accept.</summary>
    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;
}

/// <summary>
/// The write side of filings: upserts, status changes and documents, each stored in one transaction with its domain
/// event and audit entry. A repetition of the same write changes nothing (no history row, no event).
/// </summary>
public sealed class FilingsService(
    FilingsDbContext db, CoreDbContext core, IDomainEvents events, IAuditLog audit, FilingFiles files, TimeProvider clock)
{
    /// <summary>
    /// Creates the filing or updates what the records system says about it. <paramref name="reference"/> fixes the new
    /// filing's reference number (the sample recipe, so that its pages have stable addresses); otherwise one is drawn.
    /// </summary>
    public async Task<(Filing Filing, WriteOutcome Outcome)> UpsertAsync(
        string externalId, FilingData data, string actor, CancellationToken cancellationToken, string? reference = null)
    {
        if (reference is not null && !FilingReference.IsWellFormed(reference))
        {
            throw new ArgumentException($"'{reference}' is not a reference number like P-2026-7K3M9.", nameof(reference));
        }
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.ExternalId == externalId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (filing is not null)
        {
            if (Matches(filing, data))
            {
                return (filing, WriteOutcome.Unchanged);
            }
            Apply(filing, data);
            filing.UpdatedUtc = now;
            await db.SaveChangesAsync(cancellationToken);
            return (filing, WriteOutcome.Updated);
        }

        filing = new Filing
        {
            Id = Guid.NewGuid(),
            ExternalId = externalId,
            Reference = reference ?? await NewReferenceAsync(data.SubmittedUtc, cancellationToken),
            Subject = data.Subject,
            PersonId = data.PersonId,
            Status = FilingStatus.Received,
            StatusChangedUtc = data.SubmittedUtc,
            UpdatedUtc = now,
        };
        Apply(filing, data);
        filing.History.Add(new FilingStatusChange
        {
            Id = Guid.NewGuid(),
            ChangeKey = "prijeti",
            OccurredUtc = data.SubmittedUtc,
            Actor = actor,
            Status = FilingStatus.Received,
        });
        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            db.Filings.Add(filing);
            events.Publish(new FilingReceived(filing.Id, filing.PersonId));
            await db.SaveChangesAsync(cancellationToken);
            await core.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return (filing, WriteOutcome.Created);
    }

    public Task<Filing?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken) =>
        db.Filings.FirstOrDefaultAsync(f => f.ExternalId == externalId, cancellationToken);

    public Task<Filing?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Filings.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    public Task<Filing?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        db.Filings.FirstOrDefaultAsync(f => f.Reference == reference, cancellationToken);

    /// <summary>
    /// Records a status change. The same key with the same content again is <see cref="WriteOutcome.Unchanged"/>; the
    /// same key with another status or note is a <see cref="WriteOutcome.Conflict"/>. Both store nothing.
    /// </summary>
    public async Task<(FilingStatusChange Change, WriteOutcome Outcome)> ChangeStatusAsync(
        Filing filing, StatusChangeRequest request, CancellationToken cancellationToken)
    {
        var previous = await db.StatusChanges.AsNoTracking()
            .FirstOrDefaultAsync(c => c.FilingId == filing.Id && c.ChangeKey == request.ChangeKey, cancellationToken);
        if (previous is not null)
        {
            var same = previous.Status == request.Status && previous.PublicNote == request.PublicNote && previous.InternalNote == request.InternalNote;
            return (previous, same ? WriteOutcome.Unchanged : WriteOutcome.Conflict);
        }
        var change = new FilingStatusChange
        {
            Id = Guid.NewGuid(),
            FilingId = filing.Id,
            ChangeKey = request.ChangeKey,
            OccurredUtc = request.OccurredUtc ?? clock.GetUtcNow().UtcDateTime,
            Actor = request.Actor,
            OldStatus = filing.Status,
            Status = request.Status,
            PublicNote = request.PublicNote,
            InternalNote = request.InternalNote,
        };
        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            db.StatusChanges.Add(change);
            // A change reported late (an older time than the last one) goes into the history but does not move the status back.
            if (change.OccurredUtc >= filing.StatusChangedUtc)
            {
                filing.Status = change.Status;
                filing.StatusChangedUtc = change.OccurredUtc;
            }
            filing.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
            events.Publish(new FilingStatusChanged(filing.Id, filing.PersonId, change.Id, change.OldStatus!.Value.Code(), change.Status.Code()));
            audit.Add(FilingAuditActions.StatusChanged, "Filing", filing.Reference,
                $"Podání {filing.Reference}: stav „{change.OldStatus.Value.Name()}“ → „{change.Status.Name()}“.", request.Actor);
            await db.SaveChangesAsync(cancellationToken);
            await core.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return (change, WriteOutcome.Created);
    }

    /// <summary>
    /// Stores a document. The same external id with the same bytes again is <see cref="WriteOutcome.Unchanged"/>;
    /// with other bytes a <see cref="WriteOutcome.Conflict"/> (a document is never replaced).
    /// </summary>
    public async Task<(FilingDocument Document, WriteOutcome Outcome)> AddDocumentAsync(
        Filing filing, DocumentUpload upload, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(upload.Content));
        if (upload.ExternalId is not null)
        {
            var previous = await db.Documents.AsNoTracking()
                .FirstOrDefaultAsync(d => d.FilingId == filing.Id && d.ExternalId == upload.ExternalId, cancellationToken);
            if (previous is not null)
            {
                var same = previous.Sha256 == hash && previous.FileName == upload.FileName && previous.Direction == upload.Direction;
                return (previous, same ? WriteOutcome.Unchanged : WriteOutcome.Conflict);
            }
        }
        var document = new FilingDocument
        {
            Id = Guid.NewGuid(),
            FilingId = filing.Id,
            ExternalId = upload.ExternalId,
            FileName = upload.FileName,
            ContentType = upload.ContentType,
            Size = upload.Content.LongLength,
            Sha256 = hash,
            Direction = upload.Direction,
            AddedUtc = clock.GetUtcNow().UtcDateTime,
            AddedBy = upload.Actor,
        };
        // The file first: a row never points at missing bytes; a file without its row (a failed commit) is harmless.
        await files.WriteAsync(filing.Id, document.Id, upload.Content, cancellationToken);
        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            db.Documents.Add(document);
            filing.UpdatedUtc = document.AddedUtc;
            events.Publish(new FilingDocumentAdded(filing.Id, filing.PersonId, document.Id, document.Direction.Code()));
            audit.Add(FilingAuditActions.DocumentAdded, "Filing", filing.Reference,
                $"K podání {filing.Reference} připojen dokument „{document.FileName}“ ({document.Direction.Name()}).", upload.Actor);
            await db.SaveChangesAsync(cancellationToken);
            await core.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return (document, WriteOutcome.Created);
    }

    private async Task<string> NewReferenceAsync(DateTime submittedUtc, CancellationToken cancellationToken)
    {
        var year = Pelhrimov.Core.Formatting.CzechFormat.ToLocal(submittedUtc).Year;
        while (true)
        {
            var reference = FilingReference.New(year);
            if (!await db.Filings.AnyAsync(f => f.Reference == reference, cancellationToken))
            {
                return reference;
            }
        }
    }

    private static bool Matches(Filing f, FilingData d) =>
        f.PersonId == d.PersonId && f.Subject == d.Subject && f.Channel == d.Channel && f.SubmittedUtc == d.SubmittedUtc
        && f.SourceSlug == d.SourceSlug && f.Department == d.Department && f.Clerk == d.Clerk
        && f.CaseNumber == d.CaseNumber && f.FileMark == d.FileMark;

    private static void Apply(Filing f, FilingData d)
    {
        f.PersonId = d.PersonId;
        f.Subject = d.Subject;
        f.Channel = d.Channel;
        f.SubmittedUtc = d.SubmittedUtc;
        f.SourceSlug = d.SourceSlug;
        f.Department = d.Department;
        f.Clerk = d.Clerk;
        f.CaseNumber = d.CaseNumber;
        f.FileMark = d.FileMark;
    }
}
