using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Security;
using Pelhrimov.Forms.Builder;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Services;

namespace Pelhrimov.Forms.Controllers.Admin;

/// <summary>
/// <c>/admin/formulare/novy</c>: a new form without code (title, address, who may file; the editor continues in the
/// builder) and <c>/admin/formulare/novy/json</c>: a new form from a typed definition, for those who share forms as JSON.
/// </summary>
[AuthorizePermission(Permissions.ManageName)]
public sealed class NewFormController(FormCatalog catalog) : AdminController
{
    public const string Path = FormsAdminController.Path + "/novy";

    private string Actor => User.Identity?.Name ?? "redaktor";

    [HttpGet(Path)]
    public IActionResult Index() => View(new NewFormInput());

    [HttpPost(Path)]
    public async Task<IActionResult> Index([Bind(Prefix = "Novy")] NewFormInput input, CancellationToken cancellationToken)
    {
        var problems = NewFormStarter.Problems(input);
        foreach (var (key, message) in problems)
        {
            ModelState.AddModelError("Novy." + key, message);
        }
        if (problems.Count == 0)
        {
            var result = await catalog.CreateAsync(FormDefinitionReader.Write(NewFormStarter.Definition(input)), Actor, cancellationToken);
            if (result.Succeeded)
            {
                Flash($"Formulář „{result.Form!.Title}“ je vytvořený jako koncept. Přidejte kroky a pole, pak ho zveřejněte.");
                return Redirect($"{FormsAdminController.Path}/{result.Form.Slug}/sestavit");
            }
            foreach (var problem in result.Problems)
            {
                ModelState.AddModelError(problem.Path == "$.slug" ? "Novy.Slug" : "", problem.Message);
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(input);
    }

    [HttpGet(Path + "/json")]
    public IActionResult Json() => View(new DefinitionInput { Json = Template });

    [HttpPost(Path + "/json")]
    public async Task<IActionResult> Json([Bind(Prefix = "Input")] DefinitionInput input, CancellationToken cancellationToken)
    {
        var result = await catalog.CreateAsync(input.Json ?? "", Actor, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddCatalogProblems(result);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(input);
        }
        Flash($"Formulář „{result.Form!.Title}“ je vytvořený jako koncept.");
        return Redirect($"{FormsAdminController.Path}/{result.Form.Slug}");
    }

    /// <summary>What a new form typed as JSON starts from: the draft the page without code makes for "Nový formulář".</summary>
    public static string Template { get; } = FormDefinitionReader.Write(NewFormStarter.Definition(new NewFormInput { Title = "Nový formulář" }));
}
