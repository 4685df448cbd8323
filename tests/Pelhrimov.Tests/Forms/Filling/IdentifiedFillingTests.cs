using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Filings.Data;
using Pelhrimov.Forms.Data;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Forms.Filling;

/// <summary>One app with an identified citizen linked to a back-office person, and the dog form for identified citizens.</summary>
public sealed class IdentifiedFillingFixture : IAsyncLifetime
{
    public const string Slug = "test-psi";

    public PortalApp App { get; } = new();

    public LinkedCitizen Jan { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        await TestForms.PublishAsync(App, Slug, TestForms.Dogs(Slug));
        Jan = await App.SignInLinkedCitizenAsync("jan-novak", "OS-000001");
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>
/// A form for identified citizens: what eID verified is shown as verified and cannot be overwritten, repeatable items
/// have their cap, the fee is computed on the server, an unfinished form waits in the citizen's portal, and the
/// submission becomes a filing under the same number.
/// </summary>
public sealed class IdentifiedFillingTests(IdentifiedFillingFixture fixture) : IClassFixture<IdentifiedFillingFixture>
{
    private const string Slug = IdentifiedFillingFixture.Slug;

    [Fact]
    public async Task An_anonymous_visitor_is_asked_to_sign_in_with_eID_and_cannot_start()
    {
        var client = fixture.App.CreateClient();
        var start = await client.GetHtmlAsync($"/formulare/{Slug}");
        Assert.Contains("Identitu občana", start.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(start.QuerySelector("form[action$='/zacit']"));

        using var step = await client.GetAsync($"/formulare/{Slug}/krok/drzitel");
        Assert.Equal($"/formulare/{Slug}", step.LandedOn());
    }

    [Fact]
    public async Task Verified_identity_is_shown_as_verified_and_a_posted_name_does_not_replace_it()
    {
        var client = fixture.Jan.Client;
        using var first = await TestForms.BeginAsync(client, Slug);
        var page = await first.ReadHtmlAsync();
        var verified = page.QuerySelectorAll(".form-verified").Select(v => v.TextContent).ToList();
        Assert.Contains(verified, v => v.Contains("Ověřeno přes Identitu občana", StringComparison.Ordinal) && v.Contains("Novák", StringComparison.OrdinalIgnoreCase));
        Assert.Null(page.QuerySelector("input[name=jmeno]"));

        using var next = await TestForms.StepAsync(client, Slug, "drzitel", new() { ["jmeno"] = "Podvodník Podvodný", ["telefon"] = "777 123 456" });
        Assert.Equal($"/formulare/{Slug}/krok/psi", next.LandedOn());
        var draft = await fixture.App.InScopeAsync(s => s.GetRequiredService<FormsDbContext>().Drafts.AsNoTracking().SingleAsync(d => d.AccountId == fixture.Jan.AccountId));
        Assert.DoesNotContain("Podvodník", draft.AnswersJson, StringComparison.Ordinal);
        Assert.Contains("Nov", draft.AnswersJson, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Dogs_are_added_up_to_the_cap_the_fee_is_computed_and_the_filing_carries_the_same_number()
    {
        var client = fixture.Jan.Client;
        using (await TestForms.BeginAsync(client, Slug))
        {
        }
        using (await TestForms.StepAsync(client, Slug, "drzitel", new()))
        {
        }
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var added = await TestForms.StepAsync(client, Slug, "psi", new() { ["pridat"] = "pes", ["akce"] = null });
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }
        var full = await client.GetHtmlAsync($"/formulare/{Slug}/krok/psi");
        Assert.Equal(3, full.QuerySelectorAll("fieldset.form-item").Length);
        Assert.Null(full.QuerySelector("button[name=pridat]"));

        using var beyond = await TestForms.StepAsync(client, Slug, "psi", new() { ["pridat"] = "pes", ["akce"] = null });
        Assert.Equal(3, (await client.GetHtmlAsync($"/formulare/{Slug}/krok/psi")).QuerySelectorAll("fieldset.form-item").Length);

        using (await TestForms.StepAsync(client, Slug, "psi", new() { ["odebrat"] = "pes[2]", ["akce"] = null }))
        {
        }
        using var check = await TestForms.StepAsync(client, Slug, "psi", new()
        {
            ["pes[0].jmeno-psa"] = "Alík",
            ["pes[1].jmeno-psa"] = "Bety",
            ["senior"] = "ne",
        });
        Assert.Equal($"/formulare/{Slug}/kontrola", check.LandedOn());
        var summary = (await check.ReadHtmlAsync()).QuerySelector("main")!.TextContent;
        Assert.Contains("3\u00A0000\u00A0Kč", summary.Replace(' ', '\u00A0'), StringComparison.Ordinal);
        Assert.Contains("Bety", summary, StringComparison.Ordinal);

        var reference = await TestForms.SubmitAsync(client, Slug);
        var filing = await WaitForAsync(() => fixture.App.InScopeAsync(s => s.GetRequiredService<FilingsDbContext>().Filings.AsNoTracking()
            .FirstOrDefaultAsync(f => f.Reference == reference)));
        Assert.Equal("OS-000001", filing.PersonId);
        Assert.Equal(Slug, filing.SourceSlug);
        var mine = await client.GetHtmlAsync("/muj-portal/podani");
        Assert.Contains("Ohlášení psa (test)", mine.Body!.TextContent, StringComparison.Ordinal);
        var forms = await client.GetHtmlAsync("/muj-portal/formulare");
        Assert.Contains(reference, forms.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unfinished_form_is_saved_for_later_and_listed_in_the_citizen_portal()
    {
        var citizen = await fixture.App.SignInLinkedCitizenAsync("marie-svobodova", "OS-000003");
        using (await TestForms.BeginAsync(citizen.Client, Slug))
        {
        }
        using var saved = await TestForms.StepAsync(citizen.Client, Slug, "drzitel", new() { ["akce"] = "ulozit" });
        Assert.Equal($"/formulare/{Slug}", saved.LandedOn());
        Assert.Contains("Rozpracovaný formulář jsme uložili", (await saved.ReadHtmlAsync()).Body!.TextContent, StringComparison.Ordinal);

        var portal = await citizen.Client.GetHtmlAsync("/muj-portal/formulare");
        var link = portal.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Ohlášení psa (test)", StringComparison.Ordinal));
        Assert.Equal($"/formulare/{Slug}/krok/psi", link.GetAttribute("href"));
        var card = await citizen.Client.GetHtmlAsync("/muj-portal");
        Assert.Contains("rozpracovaný formulář", card.Body!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> read) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await read() is { } found)
            {
                return found;
            }
            Assert.True(DateTime.UtcNow < deadline, "Not there within 30 s.");
            await Task.Delay(100);
        }
    }
}
