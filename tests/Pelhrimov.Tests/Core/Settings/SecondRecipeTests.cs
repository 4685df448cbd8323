using System.Net;
using System.Text.RegularExpressions;
using Pelhrimov.Tests.Forms.Samples;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Core.Settings;

/// <summary>
/// Everything that makes the seed town comes from configuration and the recipe: a site set up from the second recipe,
/// the fictional "Obec Horní Lhota" (samples/horni-lhota), names neither Pelhřimov nor its domain on any page a visitor
/// or its staff can reach, and shows its own emblem and colours.
/// </summary>
public sealed partial class SecondRecipeTests(SecondRecipeSite site) : IClassFixture<SecondRecipeSite>
{
    private const int MaxPages = 1500;
    private const string SettingsForm = "form[action='/admin/nastaveni']";

    [Fact]
    public async Task Every_page_a_visitor_reaches_names_Horni_Lhota_and_never_the_seed_town()
    {
        var pages = await CrawlAsync(site.App.CreateClient(allowAutoRedirect: false), ["/", "/sitemap.xml", "/robots.txt", "/hledat?q=odpad", "/tato-stranka-neexistuje"]);

        Assert.True(pages.Count > 25, $"Only {pages.Count} pages were reached.");
        Assert.Contains("Obec Horní Lhota", pages.Single(p => p.Path == "/").Body);
        Assert.Equal([], SeedTownMentions(pages));
    }

    [Fact]
    public async Task Every_admin_page_its_staff_reach_is_free_of_the_seed_town_too()
    {
        var cookies = new CookieContainer();
        await site.App.CreateClient(cookies: cookies).SignInAsStaffAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);

        var pages = await CrawlAsync(site.App.CreateClient(allowAutoRedirect: false, cookies: cookies), ["/admin"]);

        Assert.True(pages.Count(p => p.Path.StartsWith("/admin", StringComparison.Ordinal)) > 40, $"Only {pages.Count} pages were reached.");
        Assert.Equal([], SeedTownMentions(pages));
    }

    [Fact]
    public async Task The_recipes_emblem_and_palette_are_the_sites()
    {
        var client = site.App.CreateClient();
        var home = await client.GetHtmlAsync("/");
        var emblem = home.QuerySelector(".site-brand__emblem")!.GetAttribute("src")!;
        var palette = home.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.Contains("palette-zelena.css"));

        Assert.StartsWith("/znak?v=", emblem);
        Assert.Equal("#0f4a23", home.QuerySelector("meta[name=theme-color]")!.GetAttribute("content"));
        using var image = await client.GetAsync(emblem);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/svg+xml", image.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", image.Headers.CacheControl!.ToString());
        Assert.Contains("sandbox", image.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("Horní Lhota", await image.Content.ReadAsStringAsync());
        using var css = await client.GetAsync(palette);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }

    [Fact]
    public async Task Staff_change_the_palette_in_the_settings_and_an_unknown_one_changes_nothing()
    {
        var staff = await site.App.CreateStaffClientAsync();
        var visitor = site.App.CreateClient();

        using var refused = await AntiforgeryForm.PostAsync(staff, "/admin/nastaveni", new Dictionary<string, string?> { ["Palette"] = "neon" }, SettingsForm);
        Assert.Contains("Vyberte barevné schéma ze seznamu.", await refused.Content.ReadAsStringAsync());
        Assert.NotNull((await visitor.GetHtmlAsync("/")).QuerySelector("link[href*='palette-zelena.css']"));

        using var saved = await AntiforgeryForm.PostAsync(staff, "/admin/nastaveni", new Dictionary<string, string?> { ["Palette"] = "vinova" }, SettingsForm);
        Assert.Equal("/admin/nastaveni", saved.LandedOn());
        var home = await visitor.GetHtmlAsync("/");
        Assert.NotNull(home.QuerySelector("link[href*='palette-vinova.css']"));
        Assert.Equal("#7a192a", home.QuerySelector("meta[name=theme-color]")!.GetAttribute("content"));
        Assert.StartsWith("/znak?v=", home.QuerySelector(".site-brand__emblem")!.GetAttribute("src"));

        using var back = await AntiforgeryForm.PostAsync(staff, "/admin/nastaveni", new Dictionary<string, string?> { ["Palette"] = "zelena" }, SettingsForm);
        Assert.Equal("/admin/nastaveni", back.LandedOn());
    }

    private static Task<IReadOnlyList<CrawledPage>> CrawlAsync(HttpClient client, string[] starts) =>
        SiteCrawl.RunAsync(client, starts, MaxPages, follow: path =>
            // Static assets carry code names (Pelhrimov.Theme) but no text; the simulators stand in for NIA and the
            // card gateway, outside services with their own test data.
            !path.StartsWith("/_content/", StringComparison.Ordinal) && !path.StartsWith("/nia-simulator/", StringComparison.Ordinal)
            && !path.StartsWith("/platebni-brana-simulator/", StringComparison.Ordinal));

    private static List<string> SeedTownMentions(IEnumerable<CrawledPage> pages) =>
        pages.Where(p => p.Body is not null).SelectMany(p => SeedTown().Matches(WebUtility.HtmlDecode(p.Body!))
            .Select(m => $"{p.Path} (linked from {p.LinkedFrom}): …{Around(WebUtility.HtmlDecode(p.Body!), m.Index)}…")).ToList();

    private static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 60);
        return text.Substring(start, Math.Min(120, text.Length - start));
    }

    // "Pelhřim" with its diacritics (the ASCII "Pelhrimov" of code names is no text anyone reads) and the town's domain.
    [GeneratedRegex("Pelhřim|mupe", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeedTown();
}

/// <summary>One app set up from scratch by the second recipe, samples/horni-lhota.</summary>
public sealed class SecondRecipeSite : IAsyncLifetime
{
    public PortalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        App = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            FreshSite = true,
            Settings = { ["App:SamplePath"] = Path.Combine(SampleFiles.RepositoryRoot(), "samples", "horni-lhota") },
        });

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
