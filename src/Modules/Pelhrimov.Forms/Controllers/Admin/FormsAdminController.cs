using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Charts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Security;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Domain;
using Pelhrimov.Forms.Filling;
using Pelhrimov.Forms.Services;
using Pelhrimov.Forms.Statistics;

namespace Pelhrimov.Forms.Controllers.Admin;

/// <summary>
/// <c>/admin/formulare</c>: editors (<c>Forms.Manage</c>) edit the draft, publish, start the next
/// version, discard, archive, restore, copy, export and import; <c>/admin/podani-z-formularu</c> and
/// <c>/admin/formulare/{slug}/podani</c>: clerks (<c>Forms.ViewSubmissions</c>) read submissions and export them.
/// Every change is a POST with antiforgery (the admin's global filter) and goes through <see cref="FormCatalog"/>.
/// </summary>
public sealed class FormsAdminController(
    FormCatalog catalog, FormSubmissionsQueries queries, FormAttachmentStore files, IAuditLog audit, TimeProvider clock) : AdminController
{
    public const string Path = "/admin/formulare";
    public const string SubmissionsListPath = "/admin/podani-z-formularu";
    public const string WeeklyCsvPath = "/admin/podani-z-formularu/po-tydnech.csv";

    /// <summary>Largest definition file an import accepts.</summary>
    public const int MaxDefinitionBytes = 1024 * 1024;

    private string Actor => User.Identity?.Name ?? "redaktor";

    [HttpGet(Path)]
    [AuthorizePermission(Permissions.ManageName)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new FormsListPage(await queries.ListFormsAsync(cancellationToken), ForClerks: false));

    [HttpGet(SubmissionsListPath)]
    [AuthorizePermission(Permissions.ViewSubmissionsName)]
    public async Task<IActionResult> SubmissionsIndex(CancellationToken cancellationToken) =>
        View("Index", new FormsListPage(await queries.ListFormsAsync(cancellationToken), ForClerks: true));

    [HttpGet(Path + "/import")]
    [AuthorizePermission(Permissions.ManageName)]
    public IActionResult Import() => View();

    [HttpPost(Path + "/import")]
    [AuthorizePermission(Permissions.ManageName)]
    [RequestSizeLimit(2 * MaxDefinitionBytes)]
    public async Task<IActionResult> Import(IFormFile? soubor, CancellationToken cancellationToken)
    {
        string? json = null;
        if (soubor is null || soubor.Length == 0)
        {
            ModelState.AddModelError("soubor", "Vyberte soubor s definicí formuláře (.json).");
        }
        else if (soubor.Length > MaxDefinitionBytes)
        {
            ModelState.AddModelError("soubor", $"Soubor je příliš velký: nejvýše {CzechFormat.FileSize(MaxDefinitionBytes)}.");
        }
        else
        {
            using var reader = new StreamReader(soubor.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            try
            {
                json = await reader.ReadToEndAsync(cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                ModelState.AddModelError("soubor", "Soubor není text v kódování UTF-8.");
            }
        }
        if (json is not null)
        {
            var result = await catalog.ImportAsync(json, Actor, cancellationToken);
            if (result.Succeeded)
            {
                Flash($"Soubor je importovaný jako koncept formuláře „{result.Form!.Title}“; zkontrolujte ho a zveřejněte.");
                return Redirect($"{Path}/{result.Form.Slug}");
            }
            ModelState.AddCatalogProblems(result, "soubor");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View();
    }

    [HttpGet(Path + "/{slug}")]
    [AuthorizePermission(Permissions.ManageName)]
    public async Task<IActionResult> Edit(string slug, CancellationToken cancellationToken) =>
        await EditViewAsync(slug, null, cancellationToken) ?? NotFound();

    [HttpPost(Path + "/{slug}")]
    [AuthorizePermission(Permissions.ManageName)]
    public async Task<IActionResult> SaveDraft(string slug, [Bind(Prefix = "Input")] DefinitionInput input, CancellationToken cancellationToken)
    {
        var result = await catalog.SaveDraftAsync(slug, input.Json ?? "", Actor, cancellationToken);
        if (result.Outcome == CatalogOutcome.NotFound)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            ModelState.AddCatalogProblems(result);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return (await EditViewAsync(slug, input, cancellationToken))!;
        }
        Flash("Koncept je uložený.");
        return Redirect($"{Path}/{result.Form!.Slug}");
    }

    [HttpPost(Path + "/{slug}/zverejnit")]
    [AuthorizePermission(Permissions.ManageName)]
    public async Task<IActionResult> Publish(string slug, Guid? koncept, CancellationToken cancellationToken) =>
        Outcome(slug, await catalog.PublishAsync(slug, Actor, koncept, cancellationToken), "Koncept je zveřejněný; občané nyní vyplňují tuto verzi.");

    [HttpPost(Path + "/{slug}/novy-koncept")]
    [AuthorizePermission(Permissions.ManageName)]
    public async Task<IActionResult> StartDraft(string slug, CancellationToken cancellationToken) =>
        Outcome(slug, await catalog.StartDraftAsync(slug, Actor, cancellationToken), "Koncept další verze je založený jako kopie zveřejněné verze.");

    [HttpPost(Path + "/{slug}/zahodit-koncept")]
    [AuthorizePermission(Permissions.ManageName)]
    public async Task<IActionResult> DiscardDraft(string slug, CancellationToken cancellationToken)
    {
        var result = await catalog.DiscardDraftAsync(slug, Actor, cancellationToken);
        if (result.Succeeded && result.Form!.LiveVersionId is null)
        {
            Flash($"Nezveřejněný formulář „{result.Form.Title}“ je smazaný.");
            return Redirect(Path);
        }
        return Outcome(slug, result, "Koncept je zahozený.");
    }

    [HttpPost(Path + "/{slug}/archivovat")]
    [AuthorizePermission(Permissions.ManageName)]
    public async Task<IActionResult> Archive(string slug, CancellationToken cancellationToken) =>
        Outcome(slug, await catalog.ArchiveAsync(slug, Actor, cancellationToken), "Formulář je archivovaný: nelze ho vyplnit ani odeslat, podání zůstávají.");

    [HttpPost(Path + "/{slug}/obnovit")]
    [AuthorizePermission(Permissions.ManageName)]
    public async Task<IActionResult> Restore(string slug, CancellationToken cancellationToken) =>
        Outcome(slug, await catalog.RestoreAsync(slug, Actor, cancellationToken), "Formulář je obnovený a znovu zveřejněný.");

    [HttpPost(Path + "/{slug}/kopirovat")]
    [AuthorizePermission(Permissions.ManageName)]
    public async Task<IActionResult> Copy(string slug, string? adresa, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(adresa))
        {
            ModelState.AddModelError("adresa", "Zadejte adresu kopie, například „ohlaseni-psa-2027“.");
        }
        else
        {
            var result = await catalog.CopyAsync(slug, adresa, Actor, cancellationToken);
            if (result.Outcome == CatalogOutcome.NotFound)
            {
                return NotFound();
            }
            if (result.Succeeded)
            {
                Flash($"Kopie je vytvořená jako koncept pod adresou „{result.Form!.Slug}“.");
                return Redirect($"{Path}/{result.Form.Slug}");
            }
            ModelState.AddCatalogProblems(result, "adresa");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await EditViewAsync(slug, null, cancellationToken) ?? NotFound();
    }

    [HttpPost(Path + "/{slug}/verze/{number:int}/export")]
    [AuthorizePermission(Permissions.ManageName)]
    public async Task<IActionResult> Export(string slug, int number, CancellationToken cancellationToken)
    {
        var exported = await catalog.ExportAsync(slug, number, Actor, cancellationToken);
        return exported is null ? NotFound() : File(exported.Content, "application/json; charset=utf-8", exported.FileName);
    }

    [HttpGet(Path + "/{slug}/podani")]
    [AuthorizePermission(Permissions.ViewSubmissionsName)]
    public async Task<IActionResult> Submissions(string slug, int strana = 1, CancellationToken cancellationToken = default)
    {
        var form = await catalog.FindAsync(slug, cancellationToken);
        return form is null ? NotFound() : View(new SubmissionsListPage(form, await queries.SubmissionsAsync(form.Id, strana, cancellationToken)));
    }

    [HttpGet(Path + "/{slug}/podani/{reference}")]
    [AuthorizePermission(Permissions.ViewSubmissionsName)]
    public async Task<IActionResult> Submission(string slug, string reference, CancellationToken cancellationToken)
    {
        var form = await catalog.FindAsync(slug, cancellationToken);
        var detail = form is null ? null : await queries.SubmissionAsync(form.Id, reference, cancellationToken);
        return detail is null ? NotFound() : View(new SubmissionPage(form!, detail));
    }

    [HttpGet(Path + "/{slug}/podani/{reference}/prilohy/{attachmentId:guid}")]
    [AuthorizePermission(Permissions.ViewSubmissionsName)]
    public async Task<IActionResult> Attachment(string slug, string reference, Guid attachmentId, CancellationToken cancellationToken)
    {
        var form = await catalog.FindAsync(slug, cancellationToken);
        var attachment = form is null ? null : await queries.AttachmentAsync(form.Id, reference, attachmentId, cancellationToken);
        var stream = attachment is null ? null : files.Open(attachment.Id);
        if (stream is null)
        {
            return NotFound();
        }
        await audit.RecordAsync(FormAuditActions.AttachmentDownloaded, "FormSubmission", reference,
            $"Stažena příloha „{attachment!.FileName}“ podání {reference}.", Actor, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return File(stream, attachment.ContentType, attachment.FileName);
    }

    [HttpGet(Path + "/{slug}/podani.{format:regex(^(csv|json)$)}")]
    [AuthorizePermission(Permissions.ViewSubmissionsName)]
    public async Task<IActionResult> ExportSubmissions(string slug, string format, CancellationToken cancellationToken)
    {
        var form = await catalog.FindAsync(slug, cancellationToken);
        if (form is null)
        {
            return NotFound();
        }
        await audit.RecordAsync(FormAuditActions.SubmissionsExported, "Form", form.Slug,
            $"Exportována podání formuláře „{form.Title}“ ({format.ToUpperInvariant()}).", Actor, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        var name = $"podani-{form.Slug}-{CzechFormat.Today(clock):yyyy-MM-dd}.{format}";
        return format == "csv"
            ? File(await queries.CsvAsync(form.Id, cancellationToken), CsvDocument.ContentType, name)
            : File(await queries.JsonAsync(form.Id, cancellationToken), "application/json; charset=utf-8", name);
    }

    [HttpGet(WeeklyCsvPath)]
    [AuthorizePermission(Permissions.ViewSubmissionsName)]
    public async Task<IActionResult> WeeklyCsv(CancellationToken cancellationToken)
    {
        var weekly = await queries.WeeklyAsync(CzechFormat.Today(clock), FormsDashboardViewComponent.Weeks, cancellationToken);
        var csv = CsvDocument.Write(["Formulář", .. weekly.WeekStarts.Select(w => "Týden od " + CsvDocument.Day(w))],
            weekly.Rows.Select(r => CsvDocument.Row(r.Title, r.Counts)));
        return File(csv, CsvDocument.ContentType, $"podani-z-formularu-{CzechFormat.Today(clock):yyyy-MM-dd}.csv");
    }

    private IActionResult Outcome(string slug, CatalogResult result, string done)
    {
        if (result.Outcome == CatalogOutcome.NotFound)
        {
            return NotFound();
        }
        Flash(result.Succeeded ? done
            : result.Message ?? "Koncept má chyby, proto nebyl zveřejněn: " + string.Join(" ", result.Problems.Select(p => $"{p.Path}: {p.Message}")));
        return Redirect($"{Path}/{result.Form?.Slug ?? slug}");
    }

    private async Task<IActionResult?> EditViewAsync(string slug, DefinitionInput? input, CancellationToken cancellationToken)
    {
        var form = await catalog.FindAsync(slug, cancellationToken);
        if (form is null)
        {
            return null;
        }
        var versions = await catalog.VersionsAsync(form.Id, cancellationToken);
        var draft = versions.FirstOrDefault(v => v.Id == form.DraftVersionId);
        var live = versions.FirstOrDefault(v => v.Id == form.LiveVersionId);
        return View("Edit", new FormEditPage(form, draft, live, versions, input ?? new DefinitionInput { Json = draft?.DefinitionJson }));
    }
}

/// <summary>The definition an editor typed.</summary>
public sealed class DefinitionInput
{
    public string? Json { get; set; }
}

public sealed record FormsListPage(IReadOnlyList<FormListRow> Rows, bool ForClerks);

public sealed record FormEditPage(Form Form, FormVersion? Draft, FormVersion? Live, IReadOnlyList<FormVersion> Versions, DefinitionInput Input);

public sealed record SubmissionsListPage(Form Form, SubmissionsPage Page);

public sealed record SubmissionPage(Form Form, SubmissionDetail Detail);
