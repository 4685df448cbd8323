using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Primitives;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;
using Pelhrimov.Forms.Submissions;

namespace Pelhrimov.Forms.Filling;

/// <summary>
/// Filling in a smart form: <c>/formulare</c> (the catalogue), <c>/formulare/{slug}</c> (the start page), one step per
/// page, check your answers and submit (the confirmation is <see cref="SubmissionPagesController"/>'s). The server is the authority:
/// every post is read against the version the fill started under, conditions and calculations are evaluated here,
/// steps cannot be skipped, and nothing is acknowledged before it is stored. Works without JavaScript.
/// </summary>
[Route(FormPaths.Catalogue)]
public sealed class FormsController(
    LiveForms forms, FillStore fills, IFormEngine engine, StepPageBuilder builder, FillContexts contexts, SubmissionService submissions)
    : Controller
{
    public const string SubmitRateLimit = "forms-submit";

    private const string Slug = "{slug:regex(^[[a-z0-9]][[a-z0-9-]]{{0,99}}$)}";

    [HttpGet("")]
    public async Task<IActionResult> Catalogue([FromQuery(Name = "q")] string? query, CancellationToken cancellationToken)
    {
        var all = await forms.CatalogueAsync(cancellationToken);
        var text = query?.Trim();
        if (text is { Length: > 100 })
        {
            text = text[..100];
        }
        var shown = string.IsNullOrEmpty(text) ? all : all.Where(f => CatalogueSearch.Matches(f, text)).ToList();
        return View(new CataloguePage(text, shown, all.Count));
    }

    [HttpGet(Slug)]
    public async Task<IActionResult> Start(string slug, CancellationToken cancellationToken)
    {
        if (await forms.FindAsync(slug, cancellationToken) is not { } form)
        {
            return NotFound();
        }
        var context = await contexts.ForAsync(User, cancellationToken);
        var fill = form.Archived ? null : await fills.FindAsync(form, FillOwner.Of(Request, context), context, cancellationToken);
        Response.SetNeverCached();
        var paths = new FormPaths(form.Slug);
        var resume = fill is null ? null : paths.Step(fill.CurrentStepId ?? form.Definition.Steps[0].Id);
        return View(new StartPage(paths, form.Definition, form.Definition.Steps.Count, FillContexts.Check(form.Definition.Access, User),
            fill is not null, resume, form.Archived));
    }

    [HttpPost(Slug + "/zacit")]
    public async Task<IActionResult> Begin(string slug, [FromForm(Name = "znovu")] string? again, CancellationToken cancellationToken)
    {
        if (await forms.FindAsync(slug, cancellationToken) is not { } form)
        {
            return NotFound();
        }
        if (form.Archived || FillContexts.Check(form.Definition.Access, User) != AccessProblem.None)
        {
            return Redirect(new FormPaths(slug).Start);
        }
        var context = await contexts.ForAsync(User, cancellationToken);
        var owner = FillOwner.Of(Request, context) ?? NewAnonymousOwner();
        var fill = await fills.FindAsync(form, owner, context, cancellationToken);
        if (fill is not null && again == "ano")
        {
            await fills.DiscardAsync(fill, cancellationToken);
            fill = null;
        }
        fill ??= await fills.StartAsync(form, owner, engine.Start(form.Definition, context), cancellationToken);
        return Redirect(new FormPaths(slug).Step(fill.CurrentStepId ?? form.Definition.Steps[0].Id));
    }

    [HttpGet(Slug + "/krok/{stepId}")]
    public async Task<IActionResult> Step(string slug, string stepId, [FromQuery(Name = "zpet")] string? back, CancellationToken cancellationToken)
    {
        var (fill, form, context, redirect) = await LoadAsync(slug, cancellationToken);
        if (redirect is not null)
        {
            return redirect;
        }
        if (StepOrder.Elsewhere(engine, form!, fill!, stepId, context!) is { } elsewhere)
        {
            return Redirect(elsewhere);
        }
        var step = form!.Definition.Steps.First(s => s.Id == stepId);
        return StepView(form, fill!, step, fill!.Answers, null, [], context!, back == "kontrola", fill.Notice);
    }

    [HttpPost(Slug + "/krok/{stepId}")]
    [RequestSizeLimit(FillStore.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = FillStore.MaxRequestBytes, ValueCountLimit = 2_000)]
    public async Task<IActionResult> StepPost(
        string slug, string stepId, [FromQuery(Name = "zpet")] string? back, CancellationToken cancellationToken)
    {
        var (fill, form, context, redirect) = await LoadAsync(slug, cancellationToken);
        if (redirect is not null)
        {
            return redirect;
        }
        if (StepOrder.Elsewhere(engine, form!, fill!, stepId, context!) is { } elsewhere)
        {
            return Redirect(elsewhere);
        }
        var step = form!.Definition.Steps.First(s => s.Id == stepId);
        var toCheck = back == "kontrola";
        if (!int.TryParse(Request.Form["verze"], out var version) || version != form.VersionNumber || fill!.Notice is not null)
        {
            // A page of another version (or a tampered number): show this version's step and say why.
            return StepView(form, fill!, step, fill!.Answers, null, [], context!, toCheck,
                fill.Notice ?? "Formulář byl mezitím upraven. Zkontrolujte prosím údaje v tomto kroku a odešlete je znovu.");
        }
        var posted = Request.Form.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var uploads = await UploadsAsync(cancellationToken);
        var outcome = engine.ApplyStep(form.Definition, step, posted, uploads.Select(u => u.Upload).ToList(),
            new Dictionary<string, FileValue>(), fill.Answers, context!);
        if (outcome.IsValid && uploads.Count > 0)
        {
            var stored = new Dictionary<string, FileValue>(StringComparer.Ordinal);
            foreach (var (upload, file) in uploads)
            {
                stored[upload.InputName] = await fills.StoreUploadAsync(fill, upload, file, cancellationToken);
            }
            outcome = engine.ApplyStep(form.Definition, step, posted, uploads.Select(u => u.Upload).ToList(), stored, fill.Answers, context!);
        }
        if (outcome.ItemsChanged)
        {
            // An item added or removed: the same step again, from what was valid so far.
            await fills.SaveAsync(fill, outcome.Answers, step.Id, cancellationToken);
            return StepView(form, fill, step, outcome.Answers, null, [], context!, toCheck, null);
        }
        if (posted.ContainsKey(InputNames.Add) || posted.ContainsKey(InputNames.Remove))
        {
            // Beyond the rule's limits: say so, change nothing.
            var refusals = outcome.Errors.Where(e => e.InputName is InputNames.Add or InputNames.Remove).Select(e => e with { InputName = "" }).ToList();
            return StepView(form, fill, step, fill.Answers, null, refusals, context!, toCheck, null);
        }
        if (!outcome.IsValid)
        {
            // Shown with the posted answers' conditions, so that an error of a question the post revealed has its input.
            return StepView(form, fill, step, outcome.Answers, posted, outcome.Errors, context!, toCheck, null);
        }
        var visible = engine.VisibleSteps(form.Definition, outcome.Answers, context!);
        var index = visible.ToList().FindIndex(s => s.Id == step.Id);
        var next = toCheck || index < 0 || index + 1 >= visible.Count ? null : visible[index + 1];
        await fills.SaveAsync(fill, outcome.Answers, next?.Id ?? step.Id, cancellationToken);
        var paths = new FormPaths(form.Slug);
        if (posted.GetValueOrDefault("akce") == "ulozit" && context!.AccountId is not null)
        {
            TempData["FormsNotice"] = "Rozpracovaný formulář jsme uložili. Dokončit ho můžete kdykoli později, najdete ho i v Mém portálu.";
            return Redirect(paths.Start);
        }
        return Redirect(next is null ? paths.Check : paths.Step(next.Id));
    }

    [HttpGet(Slug + "/kontrola")]
    public async Task<IActionResult> Check(string slug, CancellationToken cancellationToken)
    {
        var (fill, form, context, redirect) = await LoadAsync(slug, cancellationToken);
        if (redirect is not null)
        {
            return redirect;
        }
        if (StepOrder.FirstInvalid(engine, form!, fill!, context!) is { } step)
        {
            return Redirect(new FormPaths(slug).Step(step));
        }
        return CheckView(form!, fill!, context!, fill!.Notice);
    }

    [HttpPost(Slug + "/odeslat")]
    [EnableRateLimiting(SubmitRateLimit)]
    public async Task<IActionResult> Submit(
        string slug, [FromForm(Name = "verze")] string? version, [FromForm(Name = "vyplneni")] Guid fillId,
        [FromForm(Name = "prohlaseni")] string? declaration, CancellationToken cancellationToken)
    {
        var context = await contexts.ForAsync(User, cancellationToken);
        var owner = FillOwner.Of(Request, context);
        if (owner is not null && await submissions.FindByFillAsync(fillId, owner, cancellationToken) is { } done)
        {
            // Sent twice (a double click, a reload): the first one was stored; show it, store nothing again.
            return Redirect(FormPaths.Confirmation(done));
        }
        var (fill, form, _, redirect) = await LoadAsync(slug, cancellationToken, context);
        if (redirect is not null)
        {
            return redirect;
        }
        if (fill!.Id != fillId || version != form!.VersionNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) || fill.Notice is not null)
        {
            return CheckView(form!, fill, context, fill.Notice ?? "Formulář byl mezitím upraven. Zkontrolujte prosím své odpovědi a odešlete ho znovu.");
        }
        if (StepOrder.FirstInvalid(engine, form, fill, context) is { } step)
        {
            return Redirect(new FormPaths(slug).Step(step));
        }
        if (form.Definition.Declaration is not null && declaration != "ano")
        {
            ModelState.AddModelError("prohlaseni", "Potvrďte prohlášení, bez něj formulář odeslat nelze.");
            return CheckView(form, fill, context, null);
        }
        var outcome = await submissions.SubmitAsync(form, fill, engine.Clean(form.Definition, fill.Answers, context), context, cancellationToken);
        return outcome.Reference is { } reference ? Redirect(FormPaths.Confirmation(reference)) : CheckView(form, fill, context, outcome.Problem);
    }

    private IActionResult StepView(
        LiveForm form, Fill fill, FormStep step, FormAnswers answers, IReadOnlyDictionary<string, StringValues>? posted,
        IReadOnlyList<FieldError> errors, FillContext context, bool toCheck, string? notice)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.InputName, error.Message);
        }
        var visible = engine.VisibleSteps(form.Definition, answers, context);
        var index = Math.Max(0, visible.ToList().FindIndex(s => s.Id == step.Id));
        var paths = new FormPaths(form.Slug);
        var backUrl = toCheck ? paths.Check : index == 0 ? paths.Start : paths.Step(visible[index - 1].Id);
        var sections = builder.Sections(form.Definition, step, answers, posted, errors, context, instant: true);
        var hasFiles = step.Sections.SelectMany(s => s.Fields).Any(f => f.Type == FieldType.File);
        Response.SetNeverCached();
        return View("Step", new StepPage(paths, form.Definition, form.VersionNumber, step, index + 1, visible.Count, sections, errors,
            backUrl, toCheck, context.AccountId is not null, hasFiles, notice ?? TempData["FormsNotice"] as string)
        {
            InstantData = InstantRules.PageData(form.Definition, step, answers, context),
        });
    }

    private IActionResult CheckView(LiveForm form, Fill fill, FillContext context, string? notice)
    {
        var paths = new FormPaths(form.Slug);
        var steps = CheckAnswers.Build(engine, form.Definition, fill.Answers, context, paths);
        var visible = engine.VisibleSteps(form.Definition, fill.Answers, context);
        Response.SetNeverCached();
        return View("Check", new CheckPage(paths, form.Definition, form.VersionNumber, fill.Id, steps, paths.Step(visible[^1].Id),
            SubmissionService.ContactEmail(form.Definition, fill.Answers, context) is not null, notice));
    }

    /// <summary>The fill of this form by this visitor, or where to send them instead (the start page, sign-in).</summary>
    private async Task<(Fill? Fill, LiveForm? Form, FillContext? Context, IActionResult? Redirect)> LoadAsync(
        string slug, CancellationToken cancellationToken, FillContext? known = null)
    {
        if (await forms.FindAsync(slug, cancellationToken) is not { } form)
        {
            return (null, null, null, NotFound());
        }
        var context = known ?? await contexts.ForAsync(User, cancellationToken);
        var start = new FormPaths(slug).Start;
        if (form.Archived || FillContexts.Check(form.Definition.Access, User) != AccessProblem.None)
        {
            return (null, form, context, Redirect(start));
        }
        var fill = await fills.FindAsync(form, FillOwner.Of(Request, context), context, cancellationToken);
        return fill is null ? (null, form, context, Redirect(start)) : (fill, form, context, null);
    }

    private async Task<List<(UploadedFile Upload, IFormFile File)>> UploadsAsync(CancellationToken cancellationToken)
    {
        var result = new List<(UploadedFile, IFormFile)>();
        foreach (var file in Request.Form.Files.Where(f => f.Length > 0))
        {
            var head = new byte[16];
            await using var stream = file.OpenReadStream();
            var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
            result.Add((new UploadedFile(file.Name, file.FileName, file.Length, head.AsMemory(0, read)) { DeclaredType = file.ContentType }, file));
        }
        return result;
    }

    private FillOwner NewAnonymousOwner()
    {
        var owner = FillOwner.NewAnonymous();
        Response.Cookies.Append(FillOwner.CookieName, owner.Token!, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            Path = FormPaths.Catalogue,
            MaxAge = FillStore.AnonymousLifetime,
        });
        return owner;
    }
}
