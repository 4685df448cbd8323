using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Services;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Controllers.Admin;

/// <summary>
/// <c>/admin/souhlasy</c>: the versions of the consent text citizens agree to, and publishing a new one. A version is never
/// edited; a new one makes every citizen agree again at their next sign-in.
/// </summary>
[AuthorizePermission(Permissions.ManageConsentName)]
public sealed class ConsentAdminController(ConsentTexts consents, IAuditLog audit) : AdminController
{
    private const string Path = "/admin/souhlasy";

    [HttpGet(Path)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await PageAsync(null, cancellationToken));

    [HttpPost(Path)]
    public async Task<IActionResult> Publish([Bind(Prefix = "Input")] ConsentVersionInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("Index", await PageAsync(input, cancellationToken));
        }
        var published = await consents.PublishAsync(input.Title!, input.Text!, User.Identity?.Name ?? "admin", cancellationToken);
        await audit.RecordAsync("citizen.consent-published", "ConsentVersion", published.Version.ToString(CultureInfo.InvariantCulture),
            $"Zveřejněna verze {published.Version} textu souhlasu „{published.Title}“.", cancellationToken: cancellationToken);
        Flash($"Verze {published.Version} je zveřejněná. Občané ji odsouhlasí při příštím přihlášení.");
        return Redirect(Path);
    }

    private async Task<ConsentAdminPage> PageAsync(ConsentVersionInput? input, CancellationToken cancellationToken)
    {
        var versions = await consents.AllAsync(cancellationToken);
        var rows = new List<(ConsentVersion Version, int Agreed)>();
        foreach (var version in versions)
        {
            rows.Add((version, await consents.CountAsync(version.Version, cancellationToken)));
        }
        var current = versions.FirstOrDefault() ?? await consents.CurrentAsync(cancellationToken);
        return new ConsentAdminPage(rows, input ?? new ConsentVersionInput { Title = current.Title, Text = current.Text });
    }
}

public sealed class ConsentVersionInput
{
    [Required(ErrorMessage = "Zadejte nadpis souhlasu.")]
    [StringLength(300, ErrorMessage = "Nadpis může mít nejvýše 300 znaků.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Zadejte text souhlasu.")]
    [StringLength(20000, MinimumLength = 100, ErrorMessage = "Text souhlasu musí mít 100 až 20 000 znaků.")]
    public string? Text { get; set; }
}

public sealed record ConsentAdminPage(IReadOnlyList<(ConsentVersion Version, int Agreed)> Versions, ConsentVersionInput Input);
