using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Content.Data;
using Pelhrimov.Core.Caching;
using Pelhrimov.Core.Security;
using System.Text.RegularExpressions;
using Pelhrimov.Tests.Citizens;
using Pelhrimov.Tests.Identity;
using Pelhrimov.Tests.Mail;

namespace Pelhrimov.Tests.Core.Settings;

/// <summary>README promises that any Czech town runs the portal by configuration: a site whose settings name Humpolec
/// shows and sends nothing that names the seed town, except the sample content it was set up with.</summary>
public sealed partial class AnotherTownTests(AnotherTownSite site) : IClassFixture<AnotherTownSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/aktuality")]
    [InlineData("/zivotni-situace")]
    [InlineData("/uredni-deska")]
    [InlineData("/hledat")]
    [InlineData("/registrace")]
    [InlineData("/prihlaseni")]
    [InlineData("/muj-portal")]
    [InlineData("/tato-stranka-neexistuje")]
    public async Task Pages_of_another_town_name_it_and_not_Pelhrimov(string path)
    {
        using var response = await site.App.CreateClient().GetAsync(path);
        var page = await response.ReadHtmlAsync();
        var words = string.Join("\n", page.QuerySelectorAll("*").SelectMany(e => e.Attributes)
            .Where(a => a.Name is "content" or "alt" or "title" or "aria-label" or "placeholder")
            .Select(a => a.Value).Prepend(page.DocumentElement.TextContent));
        Assert.Contains("Humpol", words, StringComparison.Ordinal);
        Assert.Equal([], SeedTown().Matches(words).Select(m => Around(words, m.Index)).ToList());
    }

    [Fact]
    public async Task Emails_of_another_town_name_it_and_not_Pelhrimov()
    {
        var client = site.App.CreateClient();
        using (await Register(client, "humpolak@example.cz"))
        {
        }
        var confirmation = await site.Smtp.WaitForMessageAsync("humpolak@example.cz", m => m.Subject.Contains("Potvrzení"));
        Assert.Contains("portálu občana města Humpolce", confirmation.TextBody);
        Assert.Contains("portálu občana města Humpolce", WebUtility.HtmlDecode(confirmation.Message.HtmlBody));
        using (await Register(client, "humpolak@example.cz"))
        {
        }
        var exists = await site.Smtp.WaitForMessageAsync("humpolak@example.cz", m => m.TextBody.Contains("Účet s ní už ale máte"));

        var member = await site.App.CreateStaffAsync(StaffRoles.Editor);
        using (await AntiforgeryForm.PostAsync(client, "/admin/zapomenute-heslo", new Dictionary<string, string?> { ["Email"] = member.Email }))
        {
        }
        var reset = await site.Smtp.WaitForMessageAsync(member.Email);
        Assert.Equal("Nastavení nového hesla do administrace – Město Humpolec", reset.Subject);

        foreach (var mail in new[] { confirmation, exists, reset })
        {
            var words = $"{string.Join(", ", mail.Message.From.Mailboxes.Select(m => m.Name))}\n{mail.Subject}\n{mail.TextBody}\n{WebUtility.HtmlDecode(mail.Message.HtmlBody)}";
            Assert.Contains("Město Humpolec", words);
            Assert.Equal([], SeedTown().Matches(words).Select(m => Around(words, m.Index)).ToList());
        }
    }

    private static Task<HttpResponseMessage> Register(HttpClient client, string email) => RegistrationForm.PostAsync(client, email);

    private static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 80);
        return text.Substring(start, Math.Min(160, text.Length - start));
    }

    // With its diacritics: the ASCII "Pelhrimov" of code names (asset paths, assemblies) is no text anyone reads.
    [GeneratedRegex("Pelhřim", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeedTown();
}

/// <summary>One app whose site settings were changed in the admin to another town before anybody visited it, with the
/// seed town's sample content (which names it, as a town's own content does) taken away.</summary>
public sealed class AnotherTownSite() : MailingPortalApp(CitizenPasswordFormsUnlimited())
{
    private const string SettingsForm = "form[action='/admin/nastaveni']";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var staff = await App.CreateStaffClientAsync();
        using var saved = await AntiforgeryForm.PostAsync(staff, "/admin/nastaveni", new Dictionary<string, string?>
        {
            ["TownName"] = "Humpolec",
            ["OfficialName"] = "Město Humpolec",
            ["OfficialNameGenitive"] = "města Humpolce",
            ["InTheTown"] = "v Humpolci",
            ["Street"] = "Horní náměstí 300",
            ["PostCode"] = "396 01",
            ["City"] = "Humpolec",
            ["IcoNumber"] = "00248266",
            ["Dic"] = "CZ00248266",
            ["Email"] = "podatelna@humpolec.cz",
            ["DataBox"] = "k2ub4ax",
            ["Web"] = "www.humpolec.cz",
            ["Contacts"] = "Odbor výstavby | +420 565 518 111 | vystavba@humpolec.cz",
        }, SettingsForm);
        Assert.Equal("/admin/nastaveni", saved.LandedOn());
        await App.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentDbContext>();
            await content.Versions.ExecuteDeleteAsync();
            return await content.Items.ExecuteDeleteAsync();
        });
        await App.InScopeAsync(async sp => { await sp.GetRequiredService<PublicPageCacheInvalidator>().InvalidateAsync(); return 0; });
    }
}
