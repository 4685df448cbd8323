using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Settings;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Templates;

namespace Pelhrimov.Notifications.Controllers.Admin;

/// <summary>
/// <c>/admin/oznameni/sablony</c>: the notification templates per kind. Saving makes a new version; "Náhled" renders the
/// posted wording over the kind's sample data on the server, so it works without JavaScript.
/// </summary>
[Route("admin/oznameni/sablony")]
[AuthorizePermission(Permissions.ManageTemplatesName)]
public sealed class NotificationTemplatesAdminController(
    NotificationKinds kinds, TemplateStore store, SiteSettingsStore settings, SiteAddress site, IAuditLog audit) : AdminController
{
    public const string PreviewAction = "nahled";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await store.AllCurrentAsync(cancellationToken));

    [HttpGet("{key}")]
    public async Task<IActionResult> Edit(string key, CancellationToken cancellationToken)
    {
        if (kinds.Find(key) is not { } kind)
        {
            return NotFound();
        }
        var current = await store.CurrentAsync(kind, cancellationToken);
        return View(await PageAsync(kind, new TemplateForm { Subject = current.Subject, HtmlBody = current.HtmlBody, TextBody = current.TextBody }, null, cancellationToken));
    }

    [HttpPost("{key}")]
    public async Task<IActionResult> Save(string key, [Bind(Prefix = "")] TemplateForm form, string? akce, CancellationToken cancellationToken)
    {
        if (kinds.Find(key) is not { } kind)
        {
            return NotFound();
        }
        var parts = form.ToParts();
        var errors = TemplateStore.Validate(parts);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
        if (akce == PreviewAction || errors.Count > 0)
        {
            var preview = errors.Count == 0 ? await RenderSampleAsync(kind, parts, cancellationToken) : null;
            return View("Edit", await PageAsync(kind, form, preview, cancellationToken));
        }
        var result = await store.SaveAsync(kind, parts, User.Identity?.Name ?? "?", cancellationToken);
        var version = result.Saved!.Version.ToString(CultureInfo.InvariantCulture);
        await audit.RecordAsync(NotificationAuditActions.TemplateSaved, "NotificationTemplate", kind.Key,
            $"Uložena verze {version} šablony „{kind.Title}“.", cancellationToken: cancellationToken);
        Flash($"Šablona „{kind.Title}“ je uložená jako verze {version}.");
        return Redirect("/admin/oznameni/sablony");
    }

    [HttpGet("{key}/verze/{version:int}")]
    public async Task<IActionResult> Version(string key, int version, CancellationToken cancellationToken)
    {
        if (kinds.Find(key) is not { } kind || await store.VersionAsync(key, version, cancellationToken) is not { } stored)
        {
            return NotFound();
        }
        var parts = new TemplateParts(stored.Subject, stored.HtmlBody, stored.TextBody);
        return View(new TemplateVersionPage(kind, stored, await RenderSampleAsync(kind, parts, cancellationToken)));
    }

    private async Task<RenderedMessage> RenderSampleAsync(NotificationKind kind, TemplateParts parts, CancellationToken cancellationToken)
    {
        var town = await settings.GetAsync<SiteSettings>(cancellationToken);
        return await LiquidTemplates.RenderAsync(parts, kind.Sample, new RecipientModel("Jana Nováková"), new TownModel(town.OfficialName, site.Root.ToString()));
    }

    private async Task<TemplateEditPage> PageAsync(NotificationKind kind, TemplateForm form, RenderedMessage? preview, CancellationToken cancellationToken) =>
        new(kind, form, preview, await store.HistoryAsync(kind.Key, cancellationToken));
}

/// <summary>The edit page: the kind, the posted or current wording, the preview (after "Náhled") and the versions.</summary>
public sealed record TemplateEditPage(NotificationKind Kind, TemplateForm Form, RenderedMessage? Preview, IReadOnlyList<NotificationTemplateVersion> History);

/// <summary>An older (or the current) version, read-only, with its rendering over the sample data.</summary>
public sealed record TemplateVersionPage(NotificationKind Kind, NotificationTemplateVersion Version, RenderedMessage Preview);

/// <summary>The posted wording of a template.</summary>
public sealed class TemplateForm
{
    public string? Subject { get; set; }
    public string? HtmlBody { get; set; }
    public string? TextBody { get; set; }

    public TemplateParts ToParts() => new(Subject ?? "", HtmlBody ?? "", TextBody ?? "");
}
