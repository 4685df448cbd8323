using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Domain;
using Pelhrimov.Forms.Engine;
using Pelhrimov.Forms.Filling;

namespace Pelhrimov.Forms.Submissions;

/// <summary>What submitting gave: the reference number, or why nothing was stored.</summary>
public sealed record SubmitOutcome(string? Reference, string? Problem);

/// <summary>
/// Submitting a fill: the submission, its attachments and the event <c>forms.submitted</c> (the outbox of everything that
/// follows: receipt, e-mail, the filing) are stored in one transaction, and only then is the reference number shown.
/// A submission takes the fill's id, so the same fill sent twice (a double click, two tabs) is stored once and the
/// second request is shown the first one's confirmation.
/// </summary>
public sealed class SubmissionService(
    FormsDbContext db, CoreDbContext core, IDomainEvents events, FormAttachmentStore files, ReceiptFiles receipts, TimeProvider clock)
{
    public async Task<SubmitOutcome> SubmitAsync(LiveForm form, Fill fill, FormAnswers answers, FillContext context, CancellationToken cancellationToken)
    {
        // The catalogue in memory may be a minute old on this node: ask the database whether the form still takes submissions.
        var current = await db.Forms.AsNoTracking().Where(f => f.Id == form.FormId)
            .Select(f => new { f.State, f.LiveVersionId }).FirstOrDefaultAsync(cancellationToken);
        if (current is null || current.State != FormState.Live)
        {
            FormMetrics.Submitted(stored: false);
            return new SubmitOutcome(null, "Tento formulář už nelze podat online, úřad ho mezitím stáhl. Nic jsme neodeslali.");
        }
        if (current.LiveVersionId != fill.Row.FormVersionId)
        {
            FormMetrics.Submitted(stored: false);
            return new SubmitOutcome(null, "Formulář byl mezitím upraven. Zkontrolujte prosím své odpovědi a odešlete ho znovu.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var referenced = FileIds(answers);
        var uploads = await db.Attachments.Where(a => a.DraftId == fill.Id).ToListAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var reference = FilingReference.New(CzechYear(now));
            var submission = new FormSubmission
            {
                Id = fill.Id,
                Reference = reference,
                FormId = form.FormId,
                FormVersionId = form.VersionId,
                AccountId = context.AccountId,
                OwnerTokenHash = context.AccountId is null ? fill.Row.TokenHash : null,
                SubmitterName = context.Verified is { Level: not null } v ? $"{v.GivenName} {v.FamilyName}".Trim() : null,
                ContactEmail = ContactEmail(form.Definition, answers, context),
                AnswersJson = CanonicalAnswers.Write(answers),
                Sha256 = Sha256(CanonicalAnswers.Submission(form.Slug, form.VersionNumber, reference, now, answers)),
                SubmittedUtc = now,
                ReceiptState = ReceiptState.Pending,
            };
            try
            {
                await SharedTransaction.RunAsync(db, [core], async () =>
                {
                    db.Submissions.Add(submission);
                    foreach (var upload in uploads)
                    {
                        if (referenced.Contains(upload.Id))
                        {
                            upload.DraftId = null;
                            upload.SubmissionId = submission.Id;
                        }
                        else
                        {
                            db.Attachments.Remove(upload);
                        }
                    }
                    db.Drafts.Remove(fill.Row);
                    events.Publish(new FormSubmitted(submission.Id, form.FormId, form.VersionNumber, context.AccountId));
                    await db.SaveChangesAsync(cancellationToken);
                    await core.SaveChangesAsync(cancellationToken);
                }, cancellationToken);
            }
            catch (Exception e) when (e is DbUpdateConcurrencyException || ConcurrentInsert.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
                core.ChangeTracker.Clear();
                if (await db.Submissions.AsNoTracking().Where(s => s.Id == fill.Id).Select(s => s.Reference).FirstOrDefaultAsync(cancellationToken) is { } stored)
                {
                    return new SubmitOutcome(stored, null);   // the same fill, stored by the other request
                }
                if (attempt < 3)
                {
                    continue;   // the reference number was taken: draw another
                }
                throw;
            }
            foreach (var dropped in uploads.Where(u => !referenced.Contains(u.Id)))
            {
                files.Delete(dropped.Id);
            }
            FormMetrics.Submitted(stored: true);
            return new SubmitOutcome(reference, null);
        }
    }

    /// <summary>The reference of the submission made from this fill by this owner, if it was submitted.</summary>
    public Task<string?> FindByFillAsync(Guid fillId, FillOwner owner, CancellationToken cancellationToken) =>
        Owned(db.Submissions.AsNoTracking().Where(s => s.Id == fillId), owner).Select(s => s.Reference).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The confirmation of a submission for its owner; null for anybody else (the page is a 404 then).</summary>
    public async Task<ConfirmationPage?> ConfirmationAsync(string reference, FillOwner owner, CancellationToken cancellationToken)
    {
        if (!FilingReference.IsWellFormed(reference))
        {
            return null;
        }
        var row = await Owned(db.Submissions.AsNoTracking().Where(s => s.Reference == reference), owner)
            .Join(db.Forms.AsNoTracking(), s => s.FormId, f => f.Id, (s, f) => new { s.Id, s.Reference, f.Title, s.SubmittedUtc, s.ContactEmail, s.ReceiptState })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }
        var uploads = await db.Attachments.AsNoTracking().Where(a => a.SubmissionId == row.Id).OrderBy(a => a.InputName)
            .Select(a => new UploadLink(a.Id, a.FileName, a.Size)).ToListAsync(cancellationToken);
        return new ConfirmationPage(row.Id, row.Reference, row.Title, row.SubmittedUtc, MaskedEmail(row.ContactEmail),
            row.ReceiptState == ReceiptState.Ready, owner.AccountId is not null) { Uploads = uploads };
    }

    /// <summary>An upload of a fill or a submission that belongs to <paramref name="owner"/>; null for anybody else's.</summary>
    public async Task<FormAttachment?> OwnedUploadAsync(Guid id, FillOwner owner, CancellationToken cancellationToken)
    {
        var upload = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (upload?.SubmissionId is { } submissionId)
        {
            return await Owned(db.Submissions.AsNoTracking().Where(s => s.Id == submissionId), owner).AnyAsync(cancellationToken) ? upload : null;
        }
        if (upload?.DraftId is not { } draftId)
        {
            return null;
        }
        return await owner.Own(db.Drafts.AsNoTracking().Where(d => d.Id == draftId)).AnyAsync(cancellationToken) ? upload : null;
    }

    public Stream? OpenReceipt(ConfirmationPage page) => page.ReceiptReady ? receipts.Open(page.SubmissionId) : null;

    /// <summary>Where the confirmation goes: the first answered e-mail question, else the account's e-mail.</summary>
    public static string? ContactEmail(FormDefinition form, FormAnswers answers, FillContext context) =>
        form.Steps.SelectMany(s => s.Sections).Where(s => s.Repeat is null).SelectMany(s => s.Fields)
            .Where(f => f.Type == FieldType.Email)
            .Select(f => answers.Fields.GetValueOrDefault(f.Id)?.Text)
            .FirstOrDefault(e => !string.IsNullOrWhiteSpace(e))
        ?? context.Email;

    private static IQueryable<FormSubmission> Owned(IQueryable<FormSubmission> query, FillOwner owner)
    {
        if (owner.AccountId is { } account)
        {
            return query.Where(s => s.AccountId == account);
        }
        var hash = owner.TokenHash;
        return query.Where(s => s.AccountId == null && s.OwnerTokenHash == hash);
    }

    /// <summary>"j***k@example.cz": enough to recognise one's own address on a shared screen, not to read it.</summary>
    private static string? MaskedEmail(string? email)
    {
        if (email is null || email.IndexOf('@', StringComparison.Ordinal) is not (> 0 and var at))
        {
            return null;
        }
        var local = email[..at];
        return (local.Length <= 2 ? local[..1] + "*" : $"{local[0]}***{local[^1]}") + email[at..];
    }

    private static HashSet<Guid> FileIds(FormAnswers answers) =>
        [.. answers.Fields.Values.Concat(answers.Groups.Values.SelectMany(items => items).SelectMany(item => item.Values))
            .Where(v => v.File is not null).Select(v => v.File!.Id)];

    private static int CzechYear(DateTime utc) => Core.Formatting.CzechFormat.ToLocal(utc).Year;

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
