using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Domain;
using Pelhrimov.Tests.Identity;
using Pelhrimov.Tests.Mail;

namespace Pelhrimov.Tests.Forms.Filling;

/// <summary>One app with the test forms published; each test fills under a slug of its own.</summary>
public sealed class FillingFixture : IAsyncLifetime
{
    public PortalApp App { get; } = new();

    public async ValueTask InitializeAsync() => await App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();

    /// <summary>Publishes the street-light form under <paramref name="slug"/>.</summary>
    public Task<Guid> StreetLightAsync(string slug) => TestForms.PublishAsync(App, slug, TestForms.StreetLight(slug));

    public Task<int> SubmissionsAsync(string slug) =>
        App.InScopeAsync(s =>
        {
            var db = s.GetRequiredService<FormsDbContext>();
            return db.Submissions.Join(db.Forms.Where(f => f.Slug == slug), x => x.FormId, f => f.Id, (x, _) => x).CountAsync();
        });
}

/// <summary>
/// Filling a form in over real HTTP, without JavaScript: one step per page, the server deciding what is shown and
/// what is valid, check your answers, and a submission acknowledged only once it is stored.
/// </summary>
public sealed class FillingTests(FillingFixture fixture) : IClassFixture<FillingFixture>
{
    private PortalApp App => fixture.App;

    [Fact]
    public async Task An_anonymous_report_goes_step_by_step_to_a_reference_number_a_receipt_and_one_email()
    {
        const string slug = "test-lampa-cela-cesta";
        await fixture.StreetLightAsync(slug);
        var client = App.CreateClient();

        using var first = await TestForms.BeginAsync(client, slug);
        Assert.Equal($"/formulare/{slug}/krok/misto", first.LandedOn());
        var page = await first.ReadHtmlAsync();
        Assert.Contains("Krok 1 ze 3", page.QuerySelector(".form-step__caption")!.TextContent);

        using var second = await TestForms.StepAsync(client, slug, "misto", new() { ["ulice"] = "Masarykovo náměstí", ["zavada"] = "nesviti" });
        Assert.Equal($"/formulare/{slug}/krok/popis", second.LandedOn());
        using var third = await TestForms.StepAsync(client, slug, "popis", new() { ["popis-zavady"] = "Lampa u kašny nesvítí <b>třetí den</b>." });
        Assert.Equal($"/formulare/{slug}/krok/kontakt", third.LandedOn());
        using var check = await TestForms.StepAsync(client, slug, "kontakt", new() { ["odpoved"] = "ano", ["email"] = "lampa@example.cz" });
        Assert.Equal($"/formulare/{slug}/kontrola", check.LandedOn());

        var summary = await check.ReadHtmlAsync();
        var rows = summary.QuerySelectorAll(".summary-list__row").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Masarykovo náměstí", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Nesvítí", StringComparison.Ordinal));
        Assert.Contains("<b>třetí den</b>", summary.QuerySelector(".summary-list")!.ParentElement!.TextContent);   // text, never markup
        Assert.Null(summary.QuerySelector(".summary-list b"));

        var reference = await TestForms.SubmitAsync(client, slug);
        var confirmation = await client.GetHtmlAsync($"/formulare/podani/{reference}");
        Assert.Contains(reference, confirmation.QuerySelector(".panel__reference")!.TextContent);

        var stored = await App.InScopeAsync(s => s.GetRequiredService<FormsDbContext>().Submissions.AsNoTracking().SingleAsync(x => x.Reference == reference));
        Assert.Null(stored.AccountId);
        Assert.Equal("lampa@example.cz", stored.ContactEmail);
        Assert.Contains("Masarykovo náměstí", stored.AnswersJson, StringComparison.Ordinal);
        Assert.Empty(await App.InScopeAsync(s => s.GetRequiredService<FormsDbContext>().Drafts.Where(d => d.FormId == stored.FormId).ToListAsync()));

        var mail = await App.WaitForRowAsync("lampa@example.cz", m => m.Category == "form-submitted");
        Assert.Contains(reference, mail.Subject, StringComparison.Ordinal);
        await WaitUntilAsync(async () => (await client.GetAsync($"/formulare/podani/{reference}/potvrzeni.pdf")).Content.Headers.ContentType?.MediaType == "application/pdf");
        using var pdf = await client.GetAsync($"/formulare/podani/{reference}/potvrzeni.pdf");
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..5]));
        Assert.Single(await App.OutboxForAsync("lampa@example.cz"));
    }

    [Fact]
    public async Task A_step_cannot_be_skipped_by_opening_or_posting_a_later_one()
    {
        const string slug = "test-lampa-preskoceni";
        await fixture.StreetLightAsync(slug);
        var client = App.CreateClient();
        using (await TestForms.BeginAsync(client, slug))
        {
        }

        using var opened = await client.GetAsync($"/formulare/{slug}/krok/kontakt");
        Assert.Equal($"/formulare/{slug}/krok/misto", opened.LandedOn());
        using var check = await client.GetAsync($"/formulare/{slug}/kontrola");
        Assert.Equal($"/formulare/{slug}/krok/misto", check.LandedOn());

        // A post built by hand for the last step, with a token from the first one.
        var form = await AntiforgeryForm.LoadAsync(client, $"/formulare/{slug}/krok/misto", "form.smart-form");
        using var forged = await (form with { Action = new Uri(form.Action, $"/formulare/{slug}/krok/kontakt") })
            .SubmitAsync(client, new Dictionary<string, string?> { ["odpoved"] = "ne", ["akce"] = "pokracovat" });
        Assert.Equal($"/formulare/{slug}/krok/misto", forged.LandedOn());
        using var submit = await (form with { Action = new Uri(form.Action, $"/formulare/{slug}/odeslat") })
            .SubmitAsync(client, new Dictionary<string, string?> { ["prohlaseni"] = "ano" });
        Assert.Equal(0, await fixture.SubmissionsAsync(slug));
    }

    [Fact]
    public async Task Bad_input_gets_an_error_summary_and_inline_messages_and_changes_nothing()
    {
        const string slug = "test-lampa-chyby";
        await fixture.StreetLightAsync(slug);
        var client = App.CreateClient();
        using (await TestForms.BeginAsync(client, slug))
        {
        }
        using var response = await TestForms.StepAsync(client, slug, "misto", new() { ["ulice"] = "", ["zavada"] = "vybuchla" });

        Assert.Equal($"/formulare/{slug}/krok/misto", response.LandedOn());
        var page = await response.ReadHtmlAsync();
        Assert.StartsWith("Chyba:", page.Title, StringComparison.Ordinal);
        var summary = page.QuerySelectorAll(".error-summary a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Contains(("#ulice", "Zadejte ulici nebo místo"), summary);
        Assert.Contains(summary, s => s.Item1 == "#zavada");
        Assert.Equal("Zadejte ulici nebo místo", page.QuerySelector("#ulice-error")!.TextContent.Trim());
        Assert.Equal("true", page.QuerySelector("#ulice")!.GetAttribute("aria-invalid"));

        using var again = await client.GetAsync($"/formulare/{slug}/krok/popis");
        Assert.Equal($"/formulare/{slug}/krok/misto", again.LandedOn());
    }

    [Fact]
    public async Task A_field_hidden_by_its_condition_is_neither_required_nor_stored_when_posted_anyway()
    {
        const string slug = "test-lampa-skryte";
        await fixture.StreetLightAsync(slug);
        var client = App.CreateClient();
        await FillFirstTwoStepsAsync(client, slug);
        using var check = await TestForms.StepAsync(client, slug, "kontakt", new() { ["odpoved"] = "ne", ["email"] = "podstrceny@example.cz" });
        Assert.Equal($"/formulare/{slug}/kontrola", check.LandedOn());

        var reference = await TestForms.SubmitAsync(client, slug);
        var stored = await App.InScopeAsync(s => s.GetRequiredService<FormsDbContext>().Submissions.AsNoTracking().SingleAsync(x => x.Reference == reference));
        Assert.DoesNotContain("podstrceny", stored.AnswersJson, StringComparison.Ordinal);
        Assert.Null(stored.ContactEmail);
    }

    [Fact]
    public async Task Without_the_declaration_nothing_is_sent_and_the_check_page_says_why()
    {
        const string slug = "test-lampa-prohlaseni";
        await fixture.StreetLightAsync(slug);
        var client = App.CreateClient();
        await FillAllStepsAsync(client, slug);

        using var response = await AntiforgeryForm.PostAsync(client, $"/formulare/{slug}/kontrola",
            new Dictionary<string, string?> { ["prohlaseni"] = null }, "form[action$='/odeslat']");

        var page = await response.ReadHtmlAsync();
        Assert.Equal("Potvrďte prohlášení, bez něj formulář odeslat nelze.", page.QuerySelector("#prohlaseni-error")!.TextContent.Trim());
        Assert.Equal(0, await fixture.SubmissionsAsync(slug));
    }

    [Fact]
    public async Task The_same_fill_sent_twice_is_stored_once_and_both_answers_show_the_same_number()
    {
        const string slug = "test-lampa-dvakrat";
        await fixture.StreetLightAsync(slug);
        var client = App.CreateClient();
        await FillAllStepsAsync(client, slug);
        var form = await AntiforgeryForm.LoadAsync(client, $"/formulare/{slug}/kontrola", "form[action$='/odeslat']");
        var values = new Dictionary<string, string?> { ["prohlaseni"] = "ano" };

        using var one = await form.SubmitAsync(client, values);
        using var two = await form.SubmitAsync(client, values);

        Assert.Equal(one.LandedOn(), two.LandedOn());
        Assert.StartsWith("/formulare/podani/P-", one.LandedOn(), StringComparison.Ordinal);
        Assert.Equal(1, await fixture.SubmissionsAsync(slug));
    }

    [Fact]
    public async Task A_form_archived_while_being_filled_takes_no_submission()
    {
        const string slug = "test-lampa-archiv";
        await fixture.StreetLightAsync(slug);
        var client = App.CreateClient();
        await FillAllStepsAsync(client, slug);
        var form = await AntiforgeryForm.LoadAsync(client, $"/formulare/{slug}/kontrola", "form[action$='/odeslat']");

        await TestForms.SetStateAsync(App, slug, FormState.Archived);
        using var response = await form.SubmitAsync(client, new Dictionary<string, string?> { ["prohlaseni"] = "ano" });

        Assert.Equal($"/formulare/{slug}", response.LandedOn());
        Assert.Contains("už nelze vyplnit", (await response.ReadHtmlAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.SubmissionsAsync(slug));
    }

    [Fact]
    public async Task A_page_of_an_older_version_is_refused_and_the_fill_moves_to_the_new_version()
    {
        const string slug = "test-lampa-verze";
        await fixture.StreetLightAsync(slug);
        var client = App.CreateClient();
        using (await TestForms.BeginAsync(client, slug))
        {
        }
        var stale = await AntiforgeryForm.LoadAsync(client, $"/formulare/{slug}/krok/misto", "form.smart-form");
        await TestForms.PublishAsync(App, slug, TestForms.StreetLight(slug).Replace("Co se děje", "Co se s lampou děje", StringComparison.Ordinal));

        using var response = await stale.SubmitAsync(client, new Dictionary<string, string?> { ["ulice"] = "Nádražní", ["zavada"] = "blika", ["akce"] = "pokracovat" });

        var page = await response.ReadHtmlAsync();
        Assert.Contains("Formulář byl mezitím upraven", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Co se s lampou děje", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", page.QuerySelector("input[name=verze]")!.GetAttribute("value"));
        using var next = await client.GetAsync($"/formulare/{slug}/krok/popis");
        Assert.Equal($"/formulare/{slug}/krok/misto", next.LandedOn());
    }

    [Fact]
    public async Task An_upload_whose_bytes_are_not_an_allowed_image_is_refused_and_not_stored()
    {
        const string slug = "test-lampa-soubor";
        await fixture.StreetLightAsync(slug);
        var client = App.CreateClient();
        using (await TestForms.BeginAsync(client, slug))
        {
        }
        using (await TestForms.StepAsync(client, slug, "misto", new() { ["ulice"] = "Hrnčířská", ["zavada"] = "poskozena" }))
        {
        }
        using var response = await TestForms.StepAsync(client, slug, "popis", new() { ["popis-zavady"] = "Rozbité sklo." },
            [new FormFile("foto", "lampa.jpg", "%PDF-1.4 not an image"u8.ToArray(), "image/jpeg")]);

        Assert.Equal($"/formulare/{slug}/krok/popis", response.LandedOn());
        Assert.NotNull((await response.ReadHtmlAsync()).QuerySelector("#foto-error"));
        Assert.Equal(0, await App.InScopeAsync(s => s.GetRequiredService<FormsDbContext>().Attachments.CountAsync(a => a.InputName == "foto" && a.FileName.StartsWith("lampa"))));
    }

    [Fact]
    public async Task Every_submission_event_is_stored_in_the_same_transaction_as_the_submission()
    {
        const string slug = "test-lampa-udalost";
        var formId = await fixture.StreetLightAsync(slug);
        var client = App.CreateClient();
        await FillAllStepsAsync(client, slug);
        var reference = await TestForms.SubmitAsync(client, slug);

        var submissionId = await App.InScopeAsync(s => s.GetRequiredService<FormsDbContext>().Submissions.Where(x => x.Reference == reference).Select(x => x.Id).SingleAsync());
        var events = await App.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().Events.AsNoTracking()
            .Where(e => e.Type == "forms.submitted").Select(e => e.Payload).ToListAsync());
        Assert.Single(events, p => p.Contains(submissionId.ToString(), StringComparison.OrdinalIgnoreCase) && p.Contains(formId.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    private static async Task FillFirstTwoStepsAsync(HttpClient client, string slug)
    {
        using (await TestForms.BeginAsync(client, slug))
        {
        }
        using (var one = await TestForms.StepAsync(client, slug, "misto", new() { ["ulice"] = "Palackého", ["zavada"] = "blika" }))
        {
            Assert.Equal($"/formulare/{slug}/krok/popis", one.LandedOn());
        }
        using var two = await TestForms.StepAsync(client, slug, "popis", new() { ["popis-zavady"] = "Bliká celou noc." });
        Assert.Equal($"/formulare/{slug}/krok/kontakt", two.LandedOn());
    }

    private static async Task FillAllStepsAsync(HttpClient client, string slug)
    {
        await FillFirstTwoStepsAsync(client, slug);
        using var three = await TestForms.StepAsync(client, slug, "kontakt", new() { ["odpoved"] = "ne" });
        Assert.Equal($"/formulare/{slug}/kontrola", three.LandedOn());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 30 s.");
            await Task.Delay(100);
        }
    }
}
