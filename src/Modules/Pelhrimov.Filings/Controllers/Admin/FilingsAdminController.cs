using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Security;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Filings.Services;

namespace Pelhrimov.Filings.Controllers.Admin;

/// <summary>
/// <c>/admin/podani</c>: the clerks' inbox. Filter by status, department and age; a filing's detail with its whole history
/// (internal notes too); a status change with a note for the citizen; a reply document. Each form carries a one-time key,
/// so a form sent twice (a double click, a reload) records one change.
/// </summary>
[AuthorizePermission(Permissions.ManageName)]
public sealed class FilingsAdminController(
    FilingsInbox inbox, FilingsService filings, FilingFiles files, IAuditLog audit, IOptions<FilingsOptions> options) : AdminController
{
    private const string Path = "/admin/podani";

    [HttpGet(Path)]
    public async Task<IActionResult> Index(string? stav, string? odbor, string? stari, int strana = 1, CancellationToken cancellationToken = default)
    {
        var filter = new InboxFilter(FilingTexts.ParseStatus(stav), string.IsNullOrWhiteSpace(odbor) ? null : odbor, FilingsInbox.ParseAge(stari), strana);
        return View(new InboxViewModel(filter, await inbox.ListAsync(filter, cancellationToken)));
    }

    [HttpGet(Path + "/{reference}")]
    public async Task<IActionResult> Detail(string reference, CancellationToken cancellationToken) =>
        await DetailViewAsync(reference, new StatusChangeInput { ChangeKey = Guid.NewGuid().ToString("N") }, cancellationToken) ?? NotFound();

    [HttpPost(Path + "/{reference}/stav")]
    public async Task<IActionResult> ChangeStatus(string reference, [Bind(Prefix = "Input")] StatusChangeInput input, CancellationToken cancellationToken)
    {
        var filing = await filings.FindByReferenceAsync(reference, cancellationToken);
        if (filing is null)
        {
            return NotFound();
        }
        var status = FilingTexts.ParseStatus(input.Status);
        if (status is null)
        {
            ModelState.AddModelError("Input.Status", "Vyberte stav ze seznamu.");
        }
        if (status == FilingStatus.AwaitingCompletion && string.IsNullOrWhiteSpace(input.PublicNote))
        {
            ModelState.AddModelError("Input.PublicNote", "Napište občanovi, co má doplnit.");
        }
        if (!Guid.TryParse(input.ChangeKey, out _))
        {
            ModelState.AddModelError("", "Formulář je neplatný; načtěte stránku znovu.");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return (await DetailViewAsync(reference, input, cancellationToken))!;
        }
        var actor = User.Identity?.Name ?? "úředník";
        var (_, outcome) = await filings.ChangeStatusAsync(filing,
            new StatusChangeRequest("portal-" + input.ChangeKey, status!.Value, Clean(input.PublicNote), Clean(input.InternalNote), actor), cancellationToken);
        Flash(outcome == WriteOutcome.Created
            ? $"Stav podání {filing.Reference} je nyní „{status.Value.Name()}“."
            : "Tato změna už byla zapsána.");
        return Redirect($"{Path}/{filing.Reference}");
    }

    [HttpPost(Path + "/{reference}/dokumenty")]
    [RequestSizeLimit(64 * 1024 * 1024)]
    public async Task<IActionResult> AttachReply(string reference, IFormFile? soubor, string? klic, CancellationToken cancellationToken)
    {
        var filing = await filings.FindByReferenceAsync(reference, cancellationToken);
        if (filing is null)
        {
            return NotFound();
        }
        var max = options.Value.MaxDocumentBytes;
        byte[] bytes = [];
        string? type = null;
        if (soubor is null || soubor.Length == 0)
        {
            ModelState.AddModelError("soubor", "Vyberte soubor s odpovědí.");
        }
        else if (soubor.Length > max)
        {
            ModelState.AddModelError("soubor", $"Soubor je příliš velký: nejvýše {CzechFormat.FileSize(max)}.");
        }
        else
        {
            using var buffer = new MemoryStream();
            await soubor.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
            type = DocumentType.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, 16)));
            if (type is null)
            {
                ModelState.AddModelError("soubor", "Tento typ souboru nelze připojit. Povolené jsou PDF, PNG a JPEG.");
            }
        }
        if (!Guid.TryParse(klic, out var key))
        {
            ModelState.AddModelError("", "Formulář je neplatný; načtěte stránku znovu.");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return (await DetailViewAsync(reference, new StatusChangeInput { ChangeKey = Guid.NewGuid().ToString("N") }, cancellationToken))!;
        }
        var actor = User.Identity?.Name ?? "úředník";
        var upload = new DocumentUpload("portal-" + key.ToString("N"), DocumentType.SafeFileName(soubor!.FileName, type!), type!, bytes, DocumentDirection.FromOffice, actor);
        var (document, outcome) = await filings.AddDocumentAsync(filing, upload, cancellationToken);
        Flash(outcome == WriteOutcome.Created ? $"Odpověď „{document.FileName}“ je připojená; občan ji uvidí u podání." : "Tato odpověď už byla připojena.");
        return Redirect($"{Path}/{filing.Reference}");
    }

    [HttpGet(Path + "/{reference}/dokumenty/{documentId:guid}")]
    public async Task<IActionResult> Document(string reference, Guid documentId, CancellationToken cancellationToken)
    {
        var found = await inbox.FindAsync(reference, cancellationToken);
        var document = found is null ? null : await inbox.FindDocumentAsync(found.Value.Filing.Id, documentId, cancellationToken);
        var stream = document is null ? null : files.Open(document.FilingId, document.Id);
        if (stream is null)
        {
            return NotFound();
        }
        await audit.RecordAsync(FilingAuditActions.DocumentDownloaded, "Filing", reference,
            $"Stažen dokument „{document!.FileName}“ podání {reference}.", cancellationToken: cancellationToken);
        Response.Headers.CacheControl = "no-store";
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return File(stream, document.ContentType, document.FileName);
    }

    private async Task<IActionResult?> DetailViewAsync(string reference, StatusChangeInput input, CancellationToken cancellationToken)
    {
        var found = await inbox.FindAsync(reference, cancellationToken);
        if (found is null)
        {
            return null;
        }
        var (filing, history, documents) = found.Value;
        input.Status ??= filing.Status.Code();
        return View("Detail", new FilingAdminPage(filing, history, documents, input, Guid.NewGuid().ToString("N")));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class StatusChangeInput
{
    public string? Status { get; set; }

    [StringLength(4000, ErrorMessage = "Poznámka pro občana může mít nejvýše 4 000 znaků.")]
    public string? PublicNote { get; set; }

    [StringLength(4000, ErrorMessage = "Interní poznámka může mít nejvýše 4 000 znaků.")]
    public string? InternalNote { get; set; }

    public string? ChangeKey { get; set; }
}

public sealed record InboxViewModel(InboxFilter Filter, InboxPage Page);

public sealed record FilingAdminPage(
    Filing Filing, IReadOnlyList<FilingStatusChange> History, IReadOnlyList<FilingDocument> Documents, StatusChangeInput Input, string UploadKey);
