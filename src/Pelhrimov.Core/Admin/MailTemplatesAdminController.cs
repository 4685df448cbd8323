using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Mail;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Settings;

namespace Pelhrimov.Core.Admin;

/// <summary><c>/admin/sablony-e-mailu</c>: the words of the e-mails the modules send, which staff may change.</summary>
[Route("admin/sablony-e-mailu")]
[AuthorizePermission("Core.ManageSettings")]
public sealed class MailTemplatesAdminController(MailTemplates templates, SiteSettingsStore settings, IAuditLog audit) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var stored = await settings.GetAsync<MailTemplateTexts>(cancellationToken);
        return View(templates.All.Select(t => (t, stored.Texts.ContainsKey(t.Key))).ToList());
    }

    [HttpGet("{key}")]
    public async Task<IActionResult> Edit(string key, CancellationToken cancellationToken)
    {
        if (templates.Find(key) is not { } template)
        {
            return NotFound();
        }
        var text = await templates.TextAsync(template, cancellationToken);
        return View(await PageAsync(template, text.Subject, text.Body, cancellationToken));
    }

    [HttpPost("{key}")]
    public async Task<IActionResult> Save(string key, [Bind(Prefix = "")] MailTemplateForm form, CancellationToken cancellationToken)
    {
        if (templates.Find(key) is not { } template)
        {
            return NotFound();
        }
        foreach (var (field, message) in template.Validate(form.Subject, form.Body))
        {
            ModelState.AddModelError(field, message);
        }
        if (!ModelState.IsValid)
        {
            return View("Edit", await PageAsync(template, form.Subject, form.Body, cancellationToken));
        }
        await templates.SaveAsync(template, new MailTemplateText(form.Subject!.Trim(), form.Body!.Trim().ReplaceLineEndings("\n")), cancellationToken);
        await audit.RecordAsync(CoreAuditActions.MailTemplateSaved, "MailTemplate", template.Key, $"Upraveno znění e-mailu „{template.Name}“.", cancellationToken: cancellationToken);
        Flash($"Znění e-mailu „{template.Name}“ je uložené.");
        return Redirect("/admin/sablony-e-mailu");
    }

    [HttpPost("{key}/vychozi")]
    public async Task<IActionResult> Reset(string key, CancellationToken cancellationToken)
    {
        if (templates.Find(key) is not { } template)
        {
            return NotFound();
        }
        await templates.SaveAsync(template, null, cancellationToken);
        await audit.RecordAsync(CoreAuditActions.MailTemplateSaved, "MailTemplate", template.Key, $"Obnoveno výchozí znění e-mailu „{template.Name}“.", cancellationToken: cancellationToken);
        Flash($"E-mail „{template.Name}“ má znovu výchozí znění.");
        return Redirect("/admin/sablony-e-mailu");
    }

    private async Task<MailTemplatePage> PageAsync(MailTemplate template, string? subject, string? body, CancellationToken cancellationToken)
    {
        var stored = await settings.GetAsync<MailTemplateTexts>(cancellationToken);
        var town = Texts.TownFields.From(await settings.GetAsync<SiteSettings>(cancellationToken));
        return new MailTemplatePage(template, subject, body, stored.Texts.ContainsKey(template.Key), town);
    }
}

/// <summary>The edit form of one e-mail: its words, whether they differ from the default, and the town's current values.</summary>
public sealed record MailTemplatePage(MailTemplate Template, string? Subject, string? Body, bool Changed, IReadOnlyDictionary<string, string> TownValues);

/// <summary>The posted words of an e-mail.</summary>
public sealed class MailTemplateForm
{
    public string? Subject { get; set; }
    public string? Body { get; set; }
}
