using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Security;
using Pelhrimov.Forms.Builder;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Services;

namespace Pelhrimov.Forms.Controllers.Admin;

/// <summary>
/// <c>/admin/formulare/{slug}/sestavit</c>: the visual builder of a form's draft (ADR 0041). Every change is a POST
/// (antiforgery by the admin's global filter) made against the form's stamp the editor saw (<c>razitko</c>); it edits
/// the draft's definition and stores it through <see cref="FormCatalog"/>, so the definition reader checks it as it
/// checks typed JSON: an invalid change is refused with Czech messages and stores nothing. Published versions are
/// read-only.
/// </summary>
[AuthorizePermission(Permissions.ManageName)]
public sealed class FormBuilderController(BuilderPageLoader pages, FormCatalog catalog) : AdminController
{
    public const string Path = FormsAdminController.Path + "/{slug}/sestavit";

    [HttpGet(Path)]
    public async Task<IActionResult> Index(string slug, string? vyber, string? fokus, CancellationToken cancellationToken)
    {
        var subject = await pages.LoadAsync(slug, cancellationToken);
        return subject is null ? NotFound() : View("Index", pages.Page(subject, vyber) with { Focus = fokus });
    }

    [HttpPost(Path + "/pridat-krok")]
    public Task<IActionResult> AddStep(string slug, Guid razitko, [Bind(Prefix = "krok")] NewItemInput input, CancellationToken cancellationToken) =>
        RunAsync(slug, razitko, "krok", null, page => page with { NewStep = input }, definition =>
        {
            var errors = NewItemErrors(input, needsFirst: true);
            if (errors.Count > 0)
            {
                return BuilderChange.Refused(errors);
            }
            var field = DefinitionEditor.AddStep(definition, input.Label!.Trim(), input.FirstLabel!.Trim(), Type(input));
            return BuilderChange.Done(field.Id, $"Krok „{input.Label.Trim()}“ je přidaný i s prvním polem.");
        }, cancellationToken);

    [HttpPost(Path + "/{id}/pridat-oddil")]
    public Task<IActionResult> AddSection(string slug, string id, Guid razitko, [Bind(Prefix = "oddil")] NewItemInput input, CancellationToken cancellationToken) =>
        RunAsync(slug, razitko, "oddil", id, page => page with { NewSection = input }, definition =>
        {
            if (DefinitionItem.Find(definition, id) is not { Kind: ItemKind.Step } step)
            {
                return BuilderChange.Gone();
            }
            var errors = NewItemErrors(input, needsFirst: true, needsLabel: false);
            if (errors.Count > 0)
            {
                return BuilderChange.Refused(errors);
            }
            var section = DefinitionEditor.AddSection(step.Step, definition, ItemSettings.Text(input.Label), input.Repeats, input.FirstLabel!.Trim(), Type(input));
            return BuilderChange.Done(section.Id, "Oddíl je přidaný i s prvním polem.");
        }, cancellationToken);

    [HttpPost(Path + "/{id}/pridat-pole")]
    public Task<IActionResult> AddField(string slug, string id, Guid razitko, [Bind(Prefix = "pole")] NewItemInput input, CancellationToken cancellationToken) =>
        RunAsync(slug, razitko, "pole", id, page => page with { NewField = input }, definition =>
        {
            if (DefinitionItem.Find(definition, id) is not { Kind: ItemKind.Section } section)
            {
                return BuilderChange.Gone();
            }
            var errors = NewItemErrors(input, needsFirst: false);
            if (errors.Count > 0)
            {
                return BuilderChange.Refused(errors);
            }
            var field = DefinitionEditor.AddField(section.Section!, definition, input.Label!.Trim(), Type(input));
            return BuilderChange.Done(field.Id, $"Pole „{BuilderTexts.Abbreviate(field.Label)}“ je přidané.");
        }, cancellationToken);

    [HttpPost(Path + "/{id}/upravit")]
    public Task<IActionResult> Edit(string slug, string id, Guid razitko, [Bind(Prefix = "b")] ItemSettingsInput input, CancellationToken cancellationToken) =>
        RunAsync(slug, razitko, "b", id, page => page with { Settings = input }, definition =>
        {
            if (DefinitionItem.Find(definition, id) is not { } item)
            {
                return BuilderChange.Gone();
            }
            var errors = ItemSettings.Apply(input, item, definition);
            return errors.Count > 0 ? BuilderChange.Refused(errors)
                : BuilderChange.Done(item.Id, $"Změny: {item.Described} jsou uložené.") with { Edited = item };
        }, cancellationToken);

    [HttpPost(Path + "/nastaveni")]
    public Task<IActionResult> EditForm(string slug, Guid razitko, [Bind(Prefix = "f")] FormSettingsInput input, CancellationToken cancellationToken) =>
        RunAsync(slug, razitko, "f", null, page => page with { FormSettings = input }, definition =>
        {
            var errors = input.ApplyTo(definition, slugFixed: false);
            return errors.Count > 0 ? BuilderChange.Refused(errors) : BuilderChange.Done(null, "Nastavení formuláře je uložené.") with { Focus = BuilderAnchors.Settings };
        }, cancellationToken);

    [HttpPost(Path + "/{id}/{smer:regex(^(nahoru|dolu)$)}")]
    public Task<IActionResult> Move(string slug, string id, string smer, Guid razitko, CancellationToken cancellationToken) =>
        RunAsync(slug, razitko, "", id, page => page, definition =>
        {
            var up = smer == "nahoru";
            if (DefinitionItem.Find(definition, id) is not { } item)
            {
                return BuilderChange.Gone();
            }
            if (!DefinitionEditor.Move(definition, item, up))
            {
                return BuilderChange.Refused([("", $"{BuilderTexts.Capital(item.Described)} už je {(up ? "první" : "poslední")}.")]);
            }
            var moved = DefinitionItem.Find(definition, id)!;
            var focus = DefinitionEditor.CanMove(definition, moved, up) ? (up ? BuilderAnchors.Up(id) : BuilderAnchors.Down(id)) : BuilderAnchors.Item(id);
            return BuilderChange.Done(id, $"{BuilderTexts.Capital(item.Described)} je posunut{(item.Kind == ItemKind.Field ? "é" : "ý")} {(up ? "nahoru" : "dolů")}.") with { Focus = focus };
        }, cancellationToken);

    [HttpPost(Path + "/{id}/smazat")]
    public Task<IActionResult> Delete(string slug, string id, Guid razitko, CancellationToken cancellationToken) =>
        RunAsync(slug, razitko, "", id, page => page, definition =>
        {
            if (DefinitionItem.Find(definition, id) is not { } item)
            {
                return BuilderChange.Gone();
            }
            DefinitionEditor.Delete(definition, item);
            var parent = item.Kind switch
            {
                ItemKind.Field => item.Section!.Id,
                ItemKind.Section => item.Step.Id,
                _ => item.StepIndex > 0 ? definition.Steps[item.StepIndex - 1].Id : null,
            };
            return BuilderChange.Done(parent, $"{BuilderTexts.Capital(item.Described)} je smazan{(item.Kind == ItemKind.Field ? "é" : "ý")}.");
        }, cancellationToken);

    /// <summary>The live preview of unsaved settings (the builder's script posts the settings form here as it changes); stores nothing.</summary>
    [HttpPost(Path + "/{id}/nahled")]
    public async Task<IActionResult> Preview(string slug, string id, [Bind(Prefix = "b")] ItemSettingsInput input, CancellationToken cancellationToken)
    {
        if (await pages.LoadAsync(slug, cancellationToken) is not { } subject || DefinitionItem.Find(subject.Definition, id) is not { } stored)
        {
            return NotFound();
        }
        var work = subject.Copy();
        var item = DefinitionItem.Find(work, id)!;
        var errors = ItemSettings.Apply(input, item, work).Select(e => e.Message).ToList();
        var read = errors.Count > 0 ? null : FormDefinitionReader.Read(FormDefinitionReader.Write(work));
        if (read is { IsValid: true })
        {
            return PartialView("_Preview", pages.Preview(read.Form!, DefinitionItem.Find(read.Form!, item.Id)));
        }
        errors.AddRange(read is null ? [] : BuilderProblems.Place(work, null, "", read.Problems).Select(p => p.Message));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return PartialView("_Preview", pages.Preview(subject.Definition, stored, errors));
    }

    /// <summary>
    /// One change: check the stamp, change a fresh copy of the draft's definition, store it through the catalog (which
    /// reads it as it reads typed JSON); then back to the builder with the item selected and focused, or the same page
    /// with the posted input and the Czech reasons why nothing was stored.
    /// </summary>
    private async Task<IActionResult> RunAsync(
        string slug, Guid stamp, string prefix, string? selected, Func<BuilderPage, BuilderPage> withInput,
        Func<FormDefinition, BuilderChange> change, CancellationToken cancellationToken)
    {
        if (await pages.LoadAsync(slug, cancellationToken) is not { } subject)
        {
            return NotFound();
        }
        if (!subject.Editable)
        {
            return Refuse(subject, null, [("", "Zveřejněnou verzi nelze upravit; nejdřív založte koncept další verze.")], StatusCodes.Status400BadRequest);
        }
        if (subject.Form.Stamp != stamp)
        {
            return Refuse(subject, selected, [("", CatalogResult.Conflict().Message!)], StatusCodes.Status409Conflict);
        }
        var work = subject.Copy();
        var outcome = change(work);
        if (outcome.Errors.Count > 0)
        {
            var keyed = outcome.Errors.Select(e => (e.Key.Length == 0 ? "" : $"{prefix}.{e.Key}", e.Message)).ToList();
            return Refuse(subject, outcome.IsGone ? null : selected, keyed, outcome.IsGone ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, withInput);
        }
        var result = await catalog.SaveDraftAsync(slug, FormDefinitionReader.Write(work), User.Identity?.Name ?? "redaktor", stamp, cancellationToken);
        switch (result.Outcome)
        {
            case CatalogOutcome.NotFound:
                return NotFound();
            case CatalogOutcome.Conflict:
                var fresh = await pages.LoadAsync(slug, cancellationToken);
                return fresh is null ? NotFound() : Refuse(fresh, selected, [("", result.Message!)], StatusCodes.Status409Conflict);
            case CatalogOutcome.Invalid:
                var problems = result.Message is { } message ? [("", message)] : BuilderProblems.Place(work, outcome.Edited, prefix, result.Problems);
                return Refuse(subject, selected, problems, StatusCodes.Status400BadRequest, withInput);
        }
        Flash(outcome.Message);
        var select = outcome.Select;
        return Redirect($"{FormsAdminController.Path}/{result.Form!.Slug}/sestavit" + Query(select, outcome.Focus ?? (select is null ? null : BuilderAnchors.Item(select))));
    }

    private ViewResult Refuse(
        BuilderSubject subject, string? selected, IEnumerable<(string Key, string Message)> errors, int status, Func<BuilderPage, BuilderPage>? withInput = null)
    {
        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key, message);
        }
        Response.StatusCode = status;
        var page = pages.Page(subject, selected);
        return View("Index", withInput is null ? page : withInput(page));
    }

    private static string Query(string? select, string? focus) =>
        (select is null ? "" : "?vyber=" + Uri.EscapeDataString(select))
        + (focus is null ? "" : (select is null ? "?" : "&") + "fokus=" + Uri.EscapeDataString(focus));

    private static List<(string Key, string Message)> NewItemErrors(NewItemInput input, bool needsFirst, bool needsLabel = true)
    {
        var errors = new List<(string, string)>();
        if (needsLabel && string.IsNullOrWhiteSpace(input.Label))
        {
            errors.Add(("Label", needsFirst ? "Zadejte název kroku." : "Zadejte otázku (popisek pole)."));
        }
        if (needsFirst && string.IsNullOrWhiteSpace(input.FirstLabel))
        {
            errors.Add(("FirstLabel", "Zadejte první otázku; krok ani oddíl nemohou být prázdné."));
        }
        if (!BuilderTexts.FieldTypes.Any(t => ItemSettingsInput.TypeName(t.Type) == input.Type))
        {
            errors.Add(("Type", "Vyberte druh pole ze seznamu."));
        }
        return errors;
    }

    private static FieldType Type(NewItemInput input) => BuilderTexts.FieldTypes.First(t => ItemSettingsInput.TypeName(t.Type) == input.Type).Type;
}
