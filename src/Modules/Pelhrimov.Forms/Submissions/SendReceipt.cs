using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Mail;
using Pelhrimov.Core.Settings;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Domain;
using Pelhrimov.Forms.Engine;
using Pelhrimov.Forms.Filling;
using Pelhrimov.Forms.Receipts;

namespace Pelhrimov.Forms.Submissions;

/// <summary>
/// After a submission is stored: produce its PDF receipt and queue the confirmation e-mail. The receipt file is written
/// first (again on a retry: same content, same place); marking the receipt ready, queuing the e-mail and completing the
/// delivery commit together, so the citizen gets exactly one e-mail however often this runs.
/// </summary>
public sealed class SendReceipt(
    FormsDbContext db, CoreDbContext core, LiveForms forms, IFormEngine engine, ReceiptFiles receipts, IMailQueue mail,
    SiteSettingsStore settings, SiteAddress site) : IEventHandler<FormSubmitted>
{
    public const string MailCategory = "form-submitted";

    public async Task HandleAsync(FormSubmitted e, EventContext context, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == e.SubmissionId, cancellationToken);
        if (submission is null || submission.ReceiptState == ReceiptState.Ready)
        {
            return;   // deleted since, or done by an earlier run whose completion was lost
        }
        var definition = await forms.VersionAsync(db, submission.FormVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"The version {submission.FormVersionId} of submission {submission.Reference} cannot be read.");
        var answers = CanonicalAnswers.Read(submission.AnswersJson);
        var fillContext = new FillContext(submission.AccountId, null, null, null, DateOnly.FromDateTime(CzechFormat.ToLocal(submission.SubmittedUtc)));
        var steps = CheckAnswers.Build(engine, definition, answers, fillContext, null);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.SubmissionId == submission.Id)
            .OrderBy(a => a.InputName).ToListAsync(cancellationToken);
        var town = await settings.GetAsync<SiteSettings>(cancellationToken);
        var pdf = ReceiptPdf.Render(new ReceiptModel
        {
            TownName = town.OfficialName,
            FormTitle = definition.Title,
            FormVersion = e.Version,
            ReferenceNumber = submission.Reference,
            SubmittedAtUtc = submission.SubmittedUtc,
            SubmitterName = submission.SubmitterName,
            Steps = [.. steps.Select(s => new ReceiptStep(s.Title, [new ReceiptSection(null, [.. s.Rows.Select(r => new ReceiptRow(r.Label, r.Value))])]))],
            Attachments = [.. attachments.Select(a => new ReceiptAttachment(a.FileName, a.ContentType, a.Size, a.Sha256))],
            SubmissionSha256 = submission.Sha256,
        });
        await receipts.WriteAsync(submission.Id, pdf, cancellationToken);
        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            submission.ReceiptState = ReceiptState.Ready;
            submission.ReceiptSha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
            if (submission.ContactEmail is { } to)
            {
                await mail.EnqueueAsync(Message(to, town, definition.Title, submission, steps), cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            await context.CompleteAsync(cancellationToken);
        }, cancellationToken);
    }

    private OutgoingMessage Message(string to, SiteSettings town, string formTitle, FormSubmission submission, IReadOnlyList<CheckStep> steps)
    {
        var text = new StringBuilder()
            .AppendLine("Dobrý den,")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{town.OfficialName} přijalo váš formulář „{formTitle}“.")
            .AppendLine(CultureInfo.InvariantCulture, $"Číslo podání: {submission.Reference}")
            .AppendLine(CultureInfo.InvariantCulture, $"Odesláno: {CzechFormat.DateAndTime(submission.SubmittedUtc)}")
            .AppendLine()
            .AppendLine("Vaše odpovědi:");
        foreach (var step in steps)
        {
            text.AppendLine().AppendLine(step.Title);
            foreach (var row in step.Rows)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {row.Label}: {row.Value.Replace("\n", "\n    ", StringComparison.Ordinal)}");
            }
        }
        text.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Kontrolní otisk podání (SHA-256): {submission.Sha256}")
            .AppendLine()
            .AppendLine(submission.AccountId is null
                ? "Číslo podání si uschovejte, podle něj se na úřadě o podání zeptáte."
                : $"Potvrzení ve formátu PDF a stav podání najdete v Mém portálu: {new Uri(site.Root, "muj-portal")}")
            .AppendLine()
            .AppendLine(town.OfficialName);
        return new OutgoingMessage(to, $"Potvrzení o podání {submission.Reference}: {formTitle}", text.ToString(), Category: MailCategory);
    }
}
