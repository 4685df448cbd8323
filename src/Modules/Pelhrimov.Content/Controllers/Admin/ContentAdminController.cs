using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Models;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Content.Controllers.Admin;

/// <summary>The content admin: lists, editor, publishing, scheduling, history and preview.</summary>
[Route("admin/obsah")]
[AuthorizePermission("Content.Edit")]
public sealed class ContentAdminController(ContentService content, ContentAdminQueries admin, ContentQueries queries) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? typ, ItemStatus? stav, string? q, int strana = 1, CancellationToken cancellationToken = default)
    {
        var type = ContentTypes.Find(typ) ?? ContentTypes.ArticleType;
        var rows = await admin.ListAsync(type.Name, stav, q, strana, cancellationToken);
        ViewData["Type"] = type;
        ViewData["Status"] = stav;
        ViewData["Search"] = q;
        return View(rows);
    }

    [HttpGet("novy/{typ}")]
    public async Task<IActionResult> Create(string typ, CancellationToken cancellationToken)
    {
        var type = ContentTypes.Find(typ);
        return type is null ? NotFound() : View("Edit", await EditorAsync(type, null, new ContentInput(), null, cancellationToken));
    }

    [HttpPost("novy/{typ}")]
    public Task<IActionResult> Create(string typ, [Bind(Prefix = "Input")] ContentInput input, string? akce, CancellationToken cancellationToken) =>
        SaveAsync(ContentTypes.Find(typ), null, input, akce, cancellationToken);

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var history = await admin.HistoryAsync(id, cancellationToken);
        if (history is not { } h || ContentTypes.Find(h.Item.Type) is not { } type)
        {
            return NotFound();
        }
        var latest = h.Versions[0];
        var input = ContentInput.From(latest);
        input.PublishAt = latest.ScheduledPublishUtc is { } p ? Core.Formatting.CzechFormat.ToLocal(p) : null;
        input.UnpublishAt = latest.ScheduledUnpublishUtc is { } u ? Core.Formatting.CzechFormat.ToLocal(u) : null;
        return View(await EditorAsync(type, id, input, ContentAdminQueries.StatusOf(h.Item), cancellationToken));
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] ContentInput input, string? akce, CancellationToken cancellationToken)
    {
        var history = await admin.HistoryAsync(id, cancellationToken);
        return history is { } h ? await SaveAsync(ContentTypes.Find(h.Item.Type), id, input, akce, cancellationToken) : NotFound();
    }

    [HttpPost("{id:guid}/zverejnit")]
    [AuthorizePermission("Content.Publish")]
    public Task<IActionResult> Publish(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, content.PublishAsync(id, User.Identity!.Name!, cancellationToken), "Položka je zveřejněná.");

    [HttpPost("{id:guid}/zrusit-zverejneni")]
    [AuthorizePermission("Content.Publish")]
    public Task<IActionResult> Unpublish(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, content.UnpublishAsync(id, User.Identity!.Name!, cancellationToken), "Položka už není zveřejněná.");

    [HttpPost("{id:guid}/archivovat")]
    [AuthorizePermission("Content.Publish")]
    public Task<IActionResult> Archive(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, content.ArchiveAsync(id, User.Identity!.Name!, cancellationToken), "Položka je archivovaná.");

    [HttpGet("{id:guid}/historie")]
    public async Task<IActionResult> History(Guid id, CancellationToken cancellationToken)
    {
        var history = await admin.HistoryAsync(id, cancellationToken);
        return history is { } h ? View(h) : NotFound();
    }

    [HttpPost("{id:guid}/historie/{number:int}/obnovit")]
    public async Task<IActionResult> Restore(Guid id, int number, CancellationToken cancellationToken)
    {
        var history = await admin.HistoryAsync(id, cancellationToken);
        if (history is not { } h || ContentTypes.Find(h.Item.Type) is not { } type)
        {
            return NotFound();
        }
        var result = await content.RestoreAsync(type, id, number, User.Identity!.Name!, cancellationToken);
        Flash(result.Succeeded
            ? $"Verze {number} je obnovená jako nový koncept. Zkontrolujte ji a zveřejněte."
            : "Verzi nelze obnovit: " + string.Join(" ", result.Errors.Select(e => e.Message)));
        return Redirect($"/admin/obsah/{id}");
    }

    /// <summary>The latest version (or <paramref name="verze"/>) rendered with the public view, whatever its state.</summary>
    [HttpGet("{id:guid}/nahled")]
    public async Task<IActionResult> Preview(Guid id, int? verze, CancellationToken cancellationToken)
    {
        var history = await admin.HistoryAsync(id, cancellationToken);
        var version = history?.Versions.FirstOrDefault(v => verze is null ? v.IsLatest : v.Number == verze);
        if (version is null)
        {
            return NotFound();
        }
        var view = ContentView.From(version);
        var page = (await queries.WithMediaAsync([view], cancellationToken))[0];
        ViewData["Preview"] = version.Number;
        ViewData["OnBoard"] = true;
        return version.Type switch
        {
            ContentTypes.Article => View("~/Views/Articles/Detail.cshtml", page),
            ContentTypes.LifeSituation => View("~/Views/LifeSituations/Detail.cshtml", view),
            ContentTypes.NoticeBoardEntry => View("~/Views/NoticeBoard/Detail.cshtml", page),
            _ => View("~/Views/Pages/Show.cshtml", new PageModel(page, [])),
        };
    }

    private async Task<IActionResult> SaveAsync(ContentTypeDefinition? type, Guid? id, ContentInput input, string? akce, CancellationToken cancellationToken)
    {
        if (type is null)
        {
            return NotFound();
        }
        var publish = akce == "zverejnit";
        var mayPublish = PermissionPolicies.HasPermission(User, "Content.Publish");
        if (publish && !mayPublish)
        {
            return Forbid();
        }
        // Binding errors (an unreadable date) come first; the service then checks everything else.
        var result = ModelState.IsValid
            ? await content.SaveAsync(type, id, input, User.Identity!.Name!, publish, mayPublish, cancellationToken: cancellationToken)
            : new ContentCommandResult(null, []);
        if (!result.Succeeded || !ModelState.IsValid)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Key, error.Message);
            }
            ItemStatus? status = id is null ? null : ContentAdminQueries.StatusOf((await admin.HistoryAsync(id.Value, cancellationToken))!.Value.Item);
            return View("Edit", await EditorAsync(type, id, input, status, cancellationToken));
        }
        Flash(publish ? "Uloženo a zveřejněno." : input.PublishAt is not null ? "Uloženo, zveřejnění je naplánované." : "Koncept je uložený.");
        return Redirect($"/admin/obsah/{result.ItemId}");
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Task<bool> change, string message)
    {
        if (!await change)
        {
            return NotFound();
        }
        Flash(message);
        return Redirect($"/admin/obsah/{id}");
    }

    private async Task<EditorModel> EditorAsync(ContentTypeDefinition type, Guid? id, ContentInput input, ItemStatus? status, CancellationToken cancellationToken)
    {
        var slug = input.Slug;
        return new EditorModel
        {
            Type = type,
            ItemId = id,
            Input = input,
            Status = status,
            PublicUrl = status is ItemStatus.Published or ItemStatus.PublishedWithDraft && type.UrlForSlug is { } url && slug is not null ? url(slug) : null,
            CanPublish = PermissionPolicies.HasPermission(User, "Content.Publish"),
            Images = type.Fields.Any(f => f.Kind == FieldKind.Image) ? await admin.MediaChoicesAsync(MediaKind.Image, cancellationToken) : [],
            Documents = type.Fields.Any(f => f.Kind == FieldKind.Attachments) ? await admin.MediaChoicesAsync(MediaKind.Document, cancellationToken) : [],
            Pages = type.Fields.Any(f => f.Kind == FieldKind.Parent) ? await admin.PageChoicesAsync(id, cancellationToken) : [],
        };
    }
}
