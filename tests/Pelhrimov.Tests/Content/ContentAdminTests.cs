using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Indexing;

namespace Pelhrimov.Tests.Content;

/// <summary>Editors create, publish, schedule, unpublish and restore content through the admin.</summary>
public sealed class ContentAdminTests(SharedPortalApp app)
{
    [Fact]
    public async Task A_draft_is_not_public_until_it_is_published()
    {
        var staff = await app.CreateStaffClientAsync();
        var reader = app.CreateClient();

        using var saved = await ContentEditing.CreateArticleAsync(staff, ContentEditing.Article("Koncept o opravě mostu", "koncept-most"), publish: false);
        var id = ContentEditing.ItemIdOf(saved);
        Assert.Equal(HttpStatusCode.NotFound, await reader.StatusOfAsync("/aktuality/koncept-most"));

        using var published = await AntiforgeryForm.PostAsync(staff, $"/admin/obsah/{id}",
            new Dictionary<string, string?> { ["akce"] = "zverejnit" }, "form.editor");
        Assert.Equal(HttpStatusCode.OK, await reader.StatusOfAsync("/aktuality/koncept-most"));
    }

    [Fact]
    public async Task Publishing_shows_the_article_at_once_even_where_the_list_was_cached()
    {
        var staff = await app.CreateStaffClientAsync();
        var reader = app.CreateClient();
        var before = await reader.GetHtmlAsync("/aktuality");
        Assert.DoesNotContain("Nová lávka přes Bělou", before.Body!.TextContent);

        using var saved = await ContentEditing.CreateArticleAsync(staff, ContentEditing.Article("Nová lávka přes Bělou", "nova-lavka"), publish: true);

        var after = await reader.GetHtmlAsync("/aktuality");
        Assert.Contains("Nová lávka přes Bělou", after.QuerySelector(".card-list")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, await reader.StatusOfAsync("/aktuality/nova-lavka"));
    }

    [Fact]
    public async Task Empty_title_gets_a_Czech_message_and_an_error_summary_and_nothing_is_saved()
    {
        var staff = await app.CreateStaffClientAsync();
        var slug = "bez-nazvu-" + Guid.NewGuid().ToString("N")[..8];

        using var response = await ContentEditing.CreateArticleAsync(staff, ContentEditing.Article("", slug), publish: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Input_Title']"));
        Assert.Contains("Zadejte název.", await ContentEditing.FieldErrorsAsync(response));
        Assert.Equal("true", page.QuerySelector("#Input_Title")!.GetAttribute("aria-invalid"));
        Assert.Equal(0, await app.ContentDbAsync(db => db.Versions.CountAsync(v => v.Slug == slug)));
    }

    [Fact]
    public async Task A_slug_already_used_by_another_article_is_refused()
    {
        var staff = await app.CreateStaffClientAsync();

        using var response = await ContentEditing.CreateArticleAsync(staff, ContentEditing.Article("Jiný článek", "poplatek-za-odpad-2027"), publish: true);

        var errors = await ContentEditing.FieldErrorsAsync(response);
        Assert.Contains(errors, e => e.Contains("Adresu „poplatek-za-odpad-2027“ už má položka"));
    }

    [Fact]
    public async Task An_image_without_alternative_text_is_refused()
    {
        var staff = await app.CreateStaffClientAsync();
        var image = await app.AnyImageIdAsync();

        using var response = await ContentEditing.CreateArticleAsync(staff, ContentEditing.Article("Článek s obrázkem", "clanek-s-obrazkem", image: image, alt: ""), publish: true);

        Assert.Contains(await ContentEditing.FieldErrorsAsync(response), e => e.StartsWith("Doplňte alternativní text obrázku", StringComparison.Ordinal));
        Assert.Equal(0, await app.ContentDbAsync(db => db.Versions.CountAsync(v => v.Slug == "clanek-s-obrazkem")));
    }

    [Fact]
    public async Task Scripts_and_event_handlers_in_rich_text_are_stripped_before_storing()
    {
        var staff = await app.CreateStaffClientAsync();
        var body = "<p onclick=\"alert(1)\">Bezpečný text</p><script>alert('xss')</script><a href=\"javascript:alert(2)\">odkaz</a>";

        using var saved = await ContentEditing.CreateArticleAsync(staff, ContentEditing.Article("Článek se skriptem", "clanek-se-skriptem", body), publish: true);

        var stored = await app.ContentDbAsync(db => db.Versions.Where(v => v.Slug == "clanek-se-skriptem").Select(v => v.FieldsJson).SingleAsync());
        Assert.Contains("Bezpečný text", stored);
        Assert.DoesNotContain("script", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", stored);
        Assert.DoesNotContain("javascript:", stored);
    }

    [Fact]
    public async Task Editing_a_published_article_keeps_the_public_version_until_the_new_one_is_published()
    {
        var staff = await app.CreateStaffClientAsync();
        var reader = app.CreateClient();
        using var created = await ContentEditing.CreateArticleAsync(staff, ContentEditing.Article("Původní titulek", "verzovany-clanek"), publish: true);
        var id = ContentEditing.ItemIdOf(created);

        using var draft = await AntiforgeryForm.PostAsync(staff, $"/admin/obsah/{id}",
            new Dictionary<string, string?> { ["Input.Title"] = "Upravený titulek", ["akce"] = "ulozit" }, "form.editor");
        Assert.Contains("Původní titulek", (await reader.GetHtmlAsync("/aktuality/verzovany-clanek")).QuerySelector("h1")!.TextContent);
        Assert.Contains("upravený koncept", (await draft.ReadHtmlAsync()).QuerySelector(".status")!.TextContent);

        using var published = await AntiforgeryForm.PostAsync(staff, $"/admin/obsah/{id}",
            new Dictionary<string, string?> { ["akce"] = "zverejnit" }, "form.editor");
        Assert.Contains("Upravený titulek", (await reader.GetHtmlAsync("/aktuality/verzovany-clanek")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Restoring_an_old_version_makes_it_a_new_draft_and_keeps_the_history()
    {
        var staff = await app.CreateStaffClientAsync();
        using var created = await ContentEditing.CreateArticleAsync(staff, ContentEditing.Article("Verze jedna", "obnova-verze"), publish: true);
        var id = ContentEditing.ItemIdOf(created);
        using var second = await AntiforgeryForm.PostAsync(staff, $"/admin/obsah/{id}",
            new Dictionary<string, string?> { ["Input.Title"] = "Verze dvě", ["akce"] = "zverejnit" }, "form.editor");

        using var restored = await AntiforgeryForm.PostAsync(staff, $"/admin/obsah/{id}/historie",
            new Dictionary<string, string?>(), $"form[action='/admin/obsah/{id}/historie/1/obnovit']");

        var versions = await app.ContentDbAsync(db => db.Versions.Where(v => v.ItemId == id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal(["Verze jedna", "Verze dvě", "Verze jedna"], versions.Select(v => v.Title));
        Assert.True(versions[2].IsLatest);
        Assert.True(versions[1].IsPublished);
    }

    [Fact]
    public async Task Unpublishing_removes_the_page_from_the_public_site_and_tells_the_search_index()
    {
        var staff = await app.CreateStaffClientAsync();
        var reader = app.CreateClient();
        using var created = await ContentEditing.CreateArticleAsync(staff, ContentEditing.Article("Stažený článek", "stazeny-clanek"), publish: true);
        var id = ContentEditing.ItemIdOf(created);
        Assert.Equal(HttpStatusCode.OK, await reader.StatusOfAsync("/aktuality/stazeny-clanek"));

        using var unpublished = await AntiforgeryForm.PostAsync(staff, $"/admin/obsah/{id}", new Dictionary<string, string?>(),
            $"form[action='/admin/obsah/{id}/zrusit-zverejneni']");

        Assert.Equal(HttpStatusCode.NotFound, await reader.StatusOfAsync("/aktuality/stazeny-clanek"));
        var log = await app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().IndexingTasks.Where(t => t.ItemId == id.ToString()).OrderBy(t => t.Id).ToListAsync());
        Assert.Equal([IndexingTaskKind.Update, IndexingTaskKind.Delete], log.Select(t => t.Kind));
    }

    [Fact]
    public async Task Scheduled_publication_happens_by_itself_when_its_time_comes()
    {
        var staff = await app.CreateStaffClientAsync();
        var reader = app.CreateClient();
        var at = Pelhrimov.Core.Formatting.CzechFormat.ToLocal(DateTime.UtcNow.AddSeconds(2)).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        var values = ContentEditing.Article("Naplánovaný článek", "naplanovany-clanek");
        values["Input.PublishAt"] = at;

        using var saved = await ContentEditing.CreateArticleAsync(staff, values, publish: false);
        Assert.Contains("Naplánováno", (await saved.ReadHtmlAsync()).QuerySelector(".status")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, await reader.StatusOfAsync("/aktuality/naplanovany-clanek"));

        await Task.Delay(TimeSpan.FromSeconds(2.5), TestContext.Current.CancellationToken);
        // The scheduler runs it every minute (ScheduledPublishingTests shows that); run its work now rather than wait.
        await app.InScopeAsync(sp => sp.GetRequiredService<ContentService>().RunSchedulesAsync());

        Assert.Equal(HttpStatusCode.OK, await reader.StatusOfAsync("/aktuality/naplanovany-clanek"));
    }

    [Fact]
    public async Task A_publication_time_in_the_past_is_refused_for_scheduling()
    {
        var staff = await app.CreateStaffClientAsync();
        var values = ContentEditing.Article("Minulost", "minulost");
        values["Input.PublishAt"] = "2020-01-01T10:00";

        using var response = await ContentEditing.CreateArticleAsync(staff, values, publish: false);

        Assert.Contains("Čas zveřejnění musí být v budoucnosti.", await ContentEditing.FieldErrorsAsync(response));
    }

    [Fact]
    public async Task Every_publication_is_recorded_in_the_audit_log_with_its_author()
    {
        var staff = await app.CreateStaffClientAsync();
        using var created = await ContentEditing.CreateArticleAsync(staff, ContentEditing.Article("Auditovaný článek", "auditovany-clanek"), publish: true);
        var id = ContentEditing.ItemIdOf(created).ToString();

        var entries = await app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().AuditEntries.Where(a => a.EntityId == id).ToListAsync());

        Assert.Contains(entries, e => e.Action == "content.published" && e.Actor == PortalApp.AdminEmail);
        var audit = await staff.GetHtmlAsync("/admin/audit?akce=content.published");
        Assert.Contains("Auditovaný článek", audit.QuerySelector("table")!.TextContent);
    }

    [Fact]
    public async Task A_page_cannot_take_an_address_the_site_uses_itself()
    {
        var staff = await app.CreateStaffClientAsync();
        using var response = await AntiforgeryForm.PostAsync(staff, "/admin/obsah/novy/Page", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Aktuality",
            ["Input.Slug"] = "aktuality",
            ["Input.Fields[body]"] = "<p>Obsah</p>",
            ["akce"] = "zverejnit",
        }, "form.editor");

        Assert.Contains(await ContentEditing.FieldErrorsAsync(response), e => e.Contains("používá sám web"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page()
    {
        using var response = await app.CreateClient(allowAutoRedirect: false).GetAsync("/admin/obsah");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/prihlaseni", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task An_editor_previews_a_draft_with_the_public_layout_while_readers_still_get_404()
    {
        var staff = await app.CreateStaffClientAsync();
        using var saved = await ContentEditing.CreateArticleAsync(staff, ContentEditing.Article("Tajný koncept", "tajny-koncept", "<p>Ještě nehotový text.</p>"), publish: false);
        var id = ContentEditing.ItemIdOf(saved);

        var preview = await staff.GetHtmlAsync($"/admin/obsah/{id}/nahled");

        Assert.Equal("Tajný koncept", preview.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Náhled verze 1", preview.QuerySelector("[role=note]")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, await app.CreateClient().StatusOfAsync("/aktuality/tajny-koncept"));
        Assert.NotEqual(HttpStatusCode.OK, await app.CreateClient(allowAutoRedirect: false).StatusOfAsync($"/admin/obsah/{id}/nahled"));
    }

    [Fact]
    public async Task Scheduled_unpublication_takes_the_article_down_by_itself()
    {
        var staff = await app.CreateStaffClientAsync();
        var reader = app.CreateClient();
        var until = Pelhrimov.Core.Formatting.CzechFormat.ToLocal(DateTime.UtcNow.AddSeconds(2)).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        var values = ContentEditing.Article("Dočasné oznámení", "docasne-oznameni");
        values["Input.UnpublishAt"] = until;

        using var saved = await ContentEditing.CreateArticleAsync(staff, values, publish: true);
        Assert.Equal(HttpStatusCode.OK, await reader.StatusOfAsync("/aktuality/docasne-oznameni"));

        await Task.Delay(TimeSpan.FromSeconds(2.5), TestContext.Current.CancellationToken);
        await app.InScopeAsync(sp => sp.GetRequiredService<ContentService>().RunSchedulesAsync());

        Assert.Equal(HttpStatusCode.NotFound, await reader.StatusOfAsync("/aktuality/docasne-oznameni"));
    }
}
