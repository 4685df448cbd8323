using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Filings.Services;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Filling;

namespace Pelhrimov.Forms.Glue;

/// <summary>
/// Hands a submission to the records system: a filing under the external id <c>formular-{submission id}</c> with the
/// submission's reference number (the citizen sees one number), subject = the form's title, channel portál, and the
/// uploads as the citizen's documents. Every write is an idempotent upsert by its key, so a repeated run changes
/// nothing. The filing is under the back-office person linked to the account; an anonymous submission, or one by an
/// account not linked yet, gets an empty person id: the clerk sees it in the inbox, no citizen on /muj-portal/podani.
/// </summary>
public sealed class FileSubmission(
    FormsDbContext db, LiveForms forms, FilingsService filings, IPersonLinks links, FormAttachmentStore files) : IEventHandler<FormSubmitted>
{
    public const string Actor = "portál (formulář)";

    public static string ExternalId(Guid submissionId) => "formular-" + submissionId.ToString("N");

    public async Task HandleAsync(FormSubmitted e, EventContext context, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == e.SubmissionId, cancellationToken);
        if (submission is null)
        {
            return;
        }
        var definition = await forms.VersionAsync(db, submission.FormVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"The version {submission.FormVersionId} of submission {submission.Reference} cannot be read.");
        var personId = submission.AccountId is { } account && await links.PersonIdsOfAsync(account, cancellationToken) is [var first, ..] ? first : null;
        var externalId = ExternalId(submission.Id);
        var existing = await filings.FindByExternalIdAsync(externalId, cancellationToken);
        // The submission's number becomes the filing's, unless (once in 33 million) a filing from elsewhere already has it.
        var reference = existing is null && await filings.FindByReferenceAsync(submission.Reference, cancellationToken) is null ? submission.Reference : null;
        var (filing, _) = await filings.UpsertAsync(externalId,
            new FilingData(personId ?? "", definition.Title, FilingChannel.Portal, submission.SubmittedUtc, SourceSlug: definition.Slug, Department: definition.Department),
            Actor, cancellationToken, reference);
        var uploads = await db.Attachments.AsNoTracking().Where(a => a.SubmissionId == submission.Id).ToListAsync(cancellationToken);
        foreach (var upload in uploads)
        {
            await using var stream = files.Open(upload.Id)
                ?? throw new InvalidOperationException($"The file of attachment {upload.Id} of submission {submission.Reference} is missing.");
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            await filings.AddDocumentAsync(filing,
                new DocumentUpload(upload.Id.ToString("N"), upload.FileName, upload.ContentType, buffer.ToArray(), DocumentDirection.FromCitizen, Actor),
                cancellationToken);
        }
        if (submission.FilingExternalId != externalId)
        {
            submission.FilingExternalId = externalId;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
