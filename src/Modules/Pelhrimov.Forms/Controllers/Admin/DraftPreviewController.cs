using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Security;
using Pelhrimov.Forms.Builder;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;
using Pelhrimov.Forms.Filling;

namespace Pelhrimov.Forms.Controllers.Admin;

/// <summary>
/// <c>/admin/formulare/{slug}/sestavit/nahled</c>: the editor walks the draft (else the live version) step by step as a
/// citizen would, with the engine deciding as on the citizen pages: conditions, calculations, repeatable items, errors,
/// then the answers as check-your-answers shows them. Nothing is stored: the answers so far travel in the page
/// (<c>_odpovedi</c>), uploads are not taken (a required file is optional here, and the page says so).
/// </summary>
[AuthorizePermission(Permissions.ManageName)]
public sealed class DraftPreviewController(BuilderPageLoader loader, IFormEngine engine, StepPageBuilder steps, TimeProvider clock) : AdminController
{
    private const string Path = FormBuilderController.Path + "/nahled";
    private const string AnswersInput = "_odpovedi";

    [HttpGet(Path)]
    public async Task<IActionResult> Start(string slug, CancellationToken cancellationToken)
    {
        if (await DefinitionAsync(slug, cancellationToken) is not { } form)
        {
            return NotFound();
        }
        var context = Context();
        var answers = engine.Start(form, context);
        return StepView(slug, form, engine.VisibleSteps(form, answers, context)[0], answers, null, [], context);
    }

    [HttpPost(Path + "/{stepId}")]
    public async Task<IActionResult> Step(string slug, string stepId, CancellationToken cancellationToken)
    {
        if (await DefinitionAsync(slug, cancellationToken) is not { } form || form.Steps.FirstOrDefault(s => s.Id == stepId) is not { } step)
        {
            return NotFound();
        }
        var context = Context();
        var answers = AnswersJson.Read(Request.Form[AnswersInput]) ?? engine.Start(form, context);
        var posted = Request.Form.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var outcome = engine.ApplyStep(form, step, posted, [], new Dictionary<string, FileValue>(), answers, context);
        if (outcome.ItemsChanged)
        {
            return StepView(slug, form, step, outcome.Answers, null, [], context);
        }
        if (!outcome.IsValid)
        {
            return StepView(slug, form, step, answers, posted, outcome.Errors, context);
        }
        var visible = engine.VisibleSteps(form, outcome.Answers, context).ToList();
        var index = visible.FindIndex(s => s.Id == step.Id);
        if (index >= 0 && index + 1 < visible.Count)
        {
            return StepView(slug, form, visible[index + 1], outcome.Answers, null, [], context);
        }
        return View("Check", new DraftPreviewCheck(slug, form, CheckAnswers.Build(engine, form, outcome.Answers, context, null)));
    }

    private ViewResult StepView(
        string slug, FormDefinition form, FormStep step, FormAnswers answers, IReadOnlyDictionary<string, StringValues>? posted,
        IReadOnlyList<FieldError> errors, FillContext context)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.InputName, error.Message);
        }
        var visible = engine.VisibleSteps(form, answers, context).ToList();
        var sections = steps.Sections(form, step, answers, posted, errors, context);
        return View("Step", new DraftPreviewStep(slug, form, step, visible.FindIndex(s => s.Id == step.Id) + 1, visible.Count, sections,
            AnswersJson.Write(answers), form.Steps.SelectMany(s => s.Sections).SelectMany(s => s.Fields).Any(f => f.Type == FieldType.File)));
    }

    /// <summary>The definition to walk, with uploads optional (the preview takes no files).</summary>
    private async Task<FormDefinition?> DefinitionAsync(string slug, CancellationToken cancellationToken)
    {
        if (await loader.LoadAsync(slug, cancellationToken) is not { } subject)
        {
            return null;
        }
        var form = subject.Copy();
        foreach (var field in form.Steps.SelectMany(s => s.Sections).SelectMany(s => s.Fields).Where(f => f.Type == FieldType.File))
        {
            field.Required = false;
        }
        return form;
    }

    /// <summary>An anonymous visitor: identity pre-fill shows as ordinary inputs.</summary>
    private FillContext Context() => new(null, null, null, null, CzechFormat.Today(clock));
}

/// <summary>A step of the draft's preview and the answers so far (as JSON, carried in the page).</summary>
public sealed record DraftPreviewStep(
    string Slug, FormDefinition Form, FormStep Step, int StepNumber, int StepCount, IReadOnlyList<SectionView> Sections, string AnswersJson, bool HasFiles);

/// <summary>The end of the preview: the answers as check-your-answers shows them.</summary>
public sealed record DraftPreviewCheck(string Slug, FormDefinition Form, IReadOnlyList<CheckStep> Steps);
