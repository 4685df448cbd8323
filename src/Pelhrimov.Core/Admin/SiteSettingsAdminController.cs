using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Caching;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Settings;
using Pelhrimov.Core.Validation;

namespace Pelhrimov.Core.Admin;

/// <summary><c>/admin/nastaveni</c>: the town's name, address, identifiers, office hours, department contacts and the site's palette.</summary>
[Route("admin/nastaveni")]
[AuthorizePermission("Core.ManageSettings")]
public sealed class SiteSettingsAdminController(SiteSettingsStore store, IAuditLog audit, PublicPageCacheInvalidator cache) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var form = SiteSettingsForm.From(await store.GetAsync<SiteSettings>(cancellationToken));
        form.Palette = (await store.GetAsync<SiteBranding>(cancellationToken)).Palette;
        return View(form);
    }

    [HttpPost("")]
    public async Task<IActionResult> Index([Bind(Prefix = "")] SiteSettingsForm form, CancellationToken cancellationToken)
    {
        foreach (var (key, message) in form.Validate())
        {
            ModelState.AddModelError(key, message);
        }
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        await store.SaveAsync(form.ToSettings(), cancellationToken);
        var branding = await store.GetAsync<SiteBranding>(cancellationToken);
        if (form.Palette is { } palette && palette != branding.Palette)
        {
            await store.SaveAsync(branding with { Palette = palette }, cancellationToken);
        }
        await audit.RecordAsync(CoreAuditActions.SettingsSaved, "SiteSettings", null, "Změněno nastavení webu (údaje o městě a kontakty).", cancellationToken: cancellationToken);
        await cache.InvalidateAsync(cancellationToken);
        Flash("Nastavení je uložené.");
        return Redirect("/admin/nastaveni");
    }
}

/// <summary>The settings form: plain fields, office hours and contacts as one line per entry.</summary>
public sealed class SiteSettingsForm
{
    public string? TownName { get; set; }
    public string? OfficialName { get; set; }
    public string? OfficialNameGenitive { get; set; }
    public string? InTheTown { get; set; }
    public string? Street { get; set; }
    public string? PostCode { get; set; }
    public string? City { get; set; }
    public string? IcoNumber { get; set; }
    public string? Dic { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? DataBox { get; set; }
    public string? BankAccount { get; set; }
    public string? Web { get; set; }

    /// <summary>One line per entry: <c>Pondělí a středa | 7:30–17:00</c>.</summary>
    public string? OfficeHours { get; set; }

    /// <summary>One line per department: <c>Odbor výstavby | +420 565 351 111 | vystavba@mesto.cz</c>.</summary>
    public string? Contacts { get; set; }

    /// <summary>The name of one of <see cref="SitePalettes.All"/>; null keeps the current one.</summary>
    public string? Palette { get; set; }

    public static SiteSettingsForm From(SiteSettings s) => new()
    {
        TownName = s.TownName, OfficialName = s.OfficialName,
        OfficialNameGenitive = s.OfficialNameGenitive, InTheTown = s.InTheTown, Street = s.Street, PostCode = s.PostCode, City = s.City,
        IcoNumber = s.Ico, Dic = s.Dic, Phone = s.Phone, Email = s.Email, DataBox = s.DataBox, BankAccount = s.BankAccount, Web = s.Web,
        OfficeHours = string.Join("\n", s.OfficeHours.Select(h => $"{h.Days} | {h.Hours}")),
        Contacts = string.Join("\n", s.Contacts.Select(c => $"{c.Department} | {c.Phone} | {c.Email}")),
    };

    public IEnumerable<(string Key, string Message)> Validate()
    {
        if (string.IsNullOrWhiteSpace(TownName))
        {
            yield return (nameof(TownName), "Zadejte název obce.");
        }
        if (string.IsNullOrWhiteSpace(OfficialName))
        {
            yield return (nameof(OfficialName), "Zadejte oficiální název, například „Město Humpolec“ nebo „Obec Kaliště“.");
        }
        if (string.IsNullOrWhiteSpace(OfficialNameGenitive))
        {
            yield return (nameof(OfficialNameGenitive), "Zadejte název ve 2. pádě, například „města Humpolce“.");
        }
        if (string.IsNullOrWhiteSpace(InTheTown))
        {
            yield return (nameof(InTheTown), "Zadejte název v 6. pádě s předložkou, například „v Humpolci“.");
        }
        if (Ico.Normalize(IcoNumber) is null)
        {
            yield return (nameof(IcoNumber), "IČO musí mít 8 číslic a platnou kontrolní číslici.");
        }
        if (!string.IsNullOrWhiteSpace(Email) && !System.Net.Mail.MailAddress.TryCreate(Email.Trim(), out _))
        {
            yield return (nameof(Email), "Zadejte e-mailovou adresu ve tvaru podatelna@mesto.cz.");
        }
        if (!string.IsNullOrWhiteSpace(DataBox) && !System.Text.RegularExpressions.Regex.IsMatch(DataBox.Trim(), "^[a-z0-9]{7}$"))
        {
            yield return (nameof(DataBox), "ID datové schránky má 7 znaků (malá písmena a číslice).");
        }
        if (Palette is not null && SitePalettes.Find(Palette) is null)
        {
            yield return (nameof(Palette), "Vyberte barevné schéma ze seznamu.");
        }
        if (Lines(OfficeHours).Any(l => l.Length != 2))
        {
            yield return (nameof(OfficeHours), "Každý řádek úředních hodin zapište jako „dny | hodiny“.");
        }
        if (Lines(Contacts).Any(l => l.Length is < 1 or > 3 || l[0].Length == 0))
        {
            yield return (nameof(Contacts), "Každý řádek kontaktů zapište jako „odbor | telefon | e-mail“.");
        }
    }

    public SiteSettings ToSettings() => new()
    {
        TownName = TownName!.Trim(), OfficialName = OfficialName!.Trim(),
        OfficialNameGenitive = OfficialNameGenitive!.Trim(), InTheTown = InTheTown!.Trim(), Street = Trim(Street), PostCode = Trim(PostCode), City = Trim(City),
        Ico = Ico.Normalize(IcoNumber)!, Dic = Trim(Dic), Phone = Trim(Phone), Email = Trim(Email), DataBox = Trim(DataBox),
        BankAccount = Trim(BankAccount), Web = Trim(Web),
        OfficeHours = Lines(OfficeHours).Select(l => new OfficeHours(l[0], l[1])).ToList(),
        Contacts = Lines(Contacts).Select(l => new DepartmentContact(l[0], l.ElementAtOrDefault(1) is { Length: > 0 } p ? p : null, l.ElementAtOrDefault(2) is { Length: > 0 } e ? e : null)).ToList(),
    };

    private static string Trim(string? value) => value?.Trim() ?? "";

    private static List<string[]> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries)).ToList();
}
