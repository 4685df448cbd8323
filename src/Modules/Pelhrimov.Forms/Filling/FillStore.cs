using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Validation;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Domain;
using Pelhrimov.Forms.Engine;
using Pelhrimov.Forms.Engine.Fields;

namespace Pelhrimov.Forms.Filling;

/// <summary>Who a fill belongs to: a citizen account, or an anonymous visitor's random cookie token (only its hash is stored).</summary>
public sealed record FillOwner(Guid? AccountId, string? Token)
{
    public const string CookieName = "formular";

    public string? TokenHash => Token is null ? null : Hash(Token);

    public static FillOwner Account(Guid accountId) => new(accountId, null);

    public static FillOwner Anonymous(string token) => new(null, token.Length > 100 ? token[..100] : token);

    public static FillOwner NewAnonymous() => new(null, Base64Url(RandomNumberGenerator.GetBytes(32)));

    /// <summary>Who owns fills and submissions in this request: the account, or the anonymous fill cookie's token; null for neither.</summary>
    public static FillOwner? Of(HttpRequest request, FillContext context) =>
        context.AccountId is { } account ? Account(account)
        : request.Cookies[CookieName] is { Length: > 0 } token ? Anonymous(token) : null;

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The drafts of <paramref name="drafts"/> that belong to this owner.</summary>
    public IQueryable<FormDraft> Own(IQueryable<FormDraft> drafts)
    {
        var hash = TokenHash;
        return AccountId is { } account ? drafts.Where(d => d.AccountId == account) : drafts.Where(d => d.AccountId == null && d.TokenHash == hash);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>A fill in progress as the pages use it. <see cref="Notice"/> says the fill was moved to a newer version in this request.</summary>
public sealed class Fill
{
    public required FormDraft Row { get; init; }

    public Guid Id => Row.Id;

    public required FormAnswers Answers { get; set; }

    public string? CurrentStepId => Row.CurrentStepId;

    public string? Notice { get; set; }
}

public sealed class FormsFillOptions
{
    public const string Section = "Forms";

    /// <summary>How long a signed-in citizen's unfinished form is kept after its last change.</summary>
    public int DraftDays { get; set; } = 30;

    /// <summary>Submissions one client address may send per minute.</summary>
    public int SubmissionsPerMinute { get; set; } = 10;
}

/// <summary>
/// Fills in progress (<c>forms_drafts</c>) and their uploads. A fill stays on the version it was started under until
/// that version stops being the live one; then it moves to the live version, keeping the answers that version still
/// asks for, and the next page says so.
/// </summary>
public sealed class FillStore(FormsDbContext db, IFormEngine engine, FormAttachmentStore attachments, IOptions<FormsFillOptions> options, TimeProvider clock)
{
    /// <summary>An anonymous fill is kept a day; its cookie lives as long.</summary>
    public static readonly TimeSpan AnonymousLifetime = TimeSpan.FromDays(1);

    /// <summary>The largest step post: one upload of the largest allowed file (20 MB) and the rest of the step.</summary>
    public const long MaxRequestBytes = 21 * 1024 * 1024;

    public async Task<Fill?> FindAsync(LiveForm form, FillOwner? owner, FillContext context, CancellationToken cancellationToken)
    {
        if (owner is null)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await owner.Own(db.Drafts.Where(d => d.FormId == form.FormId && d.ExpiresUtc > now)).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }
        var fill = new Fill { Row = row, Answers = CanonicalAnswers.Read(row.AnswersJson) };
        if (row.FormVersionId != form.VersionId)
        {
            // Published again since the fill began: carry over what the live version still asks for.
            fill.Answers = engine.Clean(form.Definition, fill.Answers, context);
            row.FormVersionId = form.VersionId;
            row.CurrentStepId = form.Definition.Steps[0].Id;
            row.AnswersJson = CanonicalAnswers.Write(fill.Answers);
            row.UpdatedUtc = now;
            await db.SaveChangesAsync(cancellationToken);
            fill.Notice = "Formulář byl mezitím upraven. Vyplněné odpovědi jsme převzali, projděte prosím kroky znovu a zkontrolujte je.";
        }
        return fill;
    }

    public async Task<Fill> StartAsync(LiveForm form, FillOwner owner, FormAnswers answers, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = new FormDraft
        {
            Id = Guid.NewGuid(),
            AccountId = owner.AccountId,
            TokenHash = owner.AccountId is null ? owner.TokenHash : null,
            FormId = form.FormId,
            FormVersionId = form.VersionId,
            AnswersJson = CanonicalAnswers.Write(answers),
            CurrentStepId = form.Definition.Steps[0].Id,
            CreatedUtc = now,
            UpdatedUtc = now,
            ExpiresUtc = now + Lifetime(owner),
        };
        db.Drafts.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (owner.AccountId is not null)
        {
            // The same citizen started this form in another tab a moment ago: continue that fill.
            db.Entry(row).State = EntityState.Detached;
            var existing = await db.Drafts.FirstAsync(d => d.FormId == form.FormId && d.AccountId == owner.AccountId, cancellationToken);
            return new Fill { Row = existing, Answers = CanonicalAnswers.Read(existing.AnswersJson) };
        }
        return new Fill { Row = row, Answers = answers };
    }

    public async Task SaveAsync(Fill fill, FormAnswers answers, string currentStepId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        fill.Answers = answers;
        fill.Row.AnswersJson = CanonicalAnswers.Write(answers);
        fill.Row.CurrentStepId = currentStepId;
        fill.Row.UpdatedUtc = now;
        fill.Row.ExpiresUtc = now + Lifetime(fill.Row.AccountId is { } account ? FillOwner.Account(account) : new FillOwner(null, null));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes the fill and its uploads ("Začít znovu").</summary>
    public async Task DiscardAsync(Fill fill, CancellationToken cancellationToken)
    {
        var files = await db.Attachments.Where(a => a.DraftId == fill.Id).ToListAsync(cancellationToken);
        db.Attachments.RemoveRange(files);
        db.Drafts.Remove(fill.Row);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var file in files)
        {
            attachments.Delete(file.Id);
        }
    }

    /// <summary>Stores an upload the engine accepted, replacing the fill's earlier upload through the same input.</summary>
    public async Task<FileValue> StoreUploadAsync(Fill fill, UploadedFile upload, IFormFile file, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        string sha256;
        await using (var source = file.OpenReadStream())
        {
            sha256 = await attachments.WriteAsync(id, source, cancellationToken);
        }
        var contentType = FileInput.Detect(upload.Head.Span) ?? "application/octet-stream";
        var name = SafeFileName(file.FileName, contentType);
        var replaced = await db.Attachments.Where(a => a.DraftId == fill.Id && a.InputName == upload.InputName).ToListAsync(cancellationToken);
        db.Attachments.RemoveRange(replaced);
        db.Attachments.Add(new FormAttachment
        {
            Id = id,
            DraftId = fill.Id,
            InputName = upload.InputName,
            FileName = name,
            ContentType = contentType,
            Size = file.Length,
            Sha256 = sha256,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        foreach (var old in replaced)
        {
            attachments.Delete(old.Id);
        }
        return new FileValue(id, name, contentType, file.Length, sha256);
    }

    private TimeSpan Lifetime(FillOwner owner) =>
        owner.AccountId is null ? AnonymousLifetime : TimeSpan.FromDays(Math.Clamp(options.Value.DraftDays, 1, 365));

    /// <summary>The browser's file name without any path, control characters or excess length, with the extension of its real type.</summary>
    private static string SafeFileName(string? fileName, string contentType)
    {
        var name = Path.GetFileNameWithoutExtension((fileName ?? "").Replace('\\', '/').Split('/')[^1]);
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "priloha";
        }
        if (name.Length > 80)
        {
            name = name[..80];
        }
        return name + FileSignature.ExtensionOf(contentType);
    }
}
