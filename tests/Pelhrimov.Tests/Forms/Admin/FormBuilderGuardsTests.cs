using System.Net;
using Pelhrimov.Core.Security;
using Pelhrimov.Tests.Identity;
using static Pelhrimov.Tests.Forms.Admin.FormBuilderTesting;

namespace Pelhrimov.Tests.Forms.Admin;

/// <summary>What the builder refuses: a change made against an old stamp, any change of a published version, anyone but an editor.</summary>
public sealed class FormBuilderGuardsTests(SharedPortalApp app)
{
    [Fact]
    public async Task A_change_made_against_an_old_stamp_is_refused_in_Czech_and_the_other_editors_change_stays()
    {
        var editor = await app.EditorAsync();
        var other = await app.EditorAsync();
        var slug = await app.DraftFormAsync("razitko");
        var seen = (await editor.GetHtmlAsync(Builder(slug, "jmeno"))).QuerySelector("form[action$='/jmeno/upravit'] input[name='razitko']")!.GetAttribute("value");

        using var first = await PostAsync(other, slug, "jmeno", "/jmeno/upravit", new() { ["b.Label"] = "Jméno od kolegy" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var after = await app.DraftJsonAsync(slug);

        using var stale = await PostAsync(editor, slug, "jmeno", "/jmeno/upravit", new() { ["b.Label"] = "Moje jméno", ["razitko"] = seen });
        var page = await stale.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Formulář mezitím změnil někdo jiný.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(after, await app.DraftJsonAsync(slug));
        Assert.Equal("Jméno od kolegy", page.QuerySelector("#b_Label")!.GetAttribute("value"));

        using var staleMove = await PostAsync(editor, slug, null, "/jmeno/dolu", new() { ["razitko"] = seen });
        Assert.Equal(HttpStatusCode.Conflict, staleMove.StatusCode);
        Assert.Equal(after, await app.DraftJsonAsync(slug));
    }

    [Fact]
    public async Task A_published_version_is_read_only_and_the_builder_edits_only_the_next_draft()
    {
        var editor = await app.EditorAsync();
        var slug = FormsTesting.NewSlug("zivy");
        var form = await app.PublishedFormAsync(slug);
        var live = Assert.Single(await app.VersionsAsync(form.Id)).DefinitionJson;

        var page = await editor.GetHtmlAsync(Builder(slug, "jmeno"));
        Assert.Null(page.QuerySelector("form[action$='/pridat-pole']"));
        Assert.Null(page.QuerySelector("form[action$='/smazat']"));
        Assert.NotNull(page.QuerySelector("form[action$='/jmeno/upravit'] fieldset[disabled]"));
        var token = page.QuerySelector("form[action$='/novy-koncept'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var stamp = page.QuerySelector("input[name='razitko']")!.GetAttribute("value")!;
        using var forged = await editor.PostAsync($"/admin/formulare/{slug}/sestavit/jmeno/upravit", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("razitko", stamp), new("b.Label", "Přepsáno")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Zveřejněnou verzi nelze upravit", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.True((await app.CatalogAsync(c => c.StartDraftAsync(slug, "redaktor@test.cz"))).Succeeded);
        using var edited = await PostAsync(editor, slug, "jmeno", "/jmeno/upravit", new() { ["b.Label"] = "Jméno v další verzi" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var versions = await app.VersionsAsync(form.Id);
        Assert.Equal(live, versions[0].DefinitionJson);
        Assert.Contains("Jméno v další verzi", versions[1].DefinitionJson, StringComparison.Ordinal);
        Assert.Equal(form.LiveVersionId, (await app.FormAsync(slug)).LiveVersionId);
    }

    [Fact]
    public async Task Only_editors_open_and_change_the_builder()
    {
        var slug = await app.DraftFormAsync("opravneni-sestavit");
        var before = await app.DraftJsonAsync(slug);
        var clerkMember = await app.CreateStaffAsync(StaffRoles.Clerk);
        var clerk = await app.CreateStaffClientAsync(clerkMember.Email, clerkMember.Password);
        var anonymous = app.CreateClient(allowAutoRedirect: false);

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(Builder(slug))).StatusCode);
        using var clerkPost = await clerk.PostAsync($"/admin/formulare/{slug}/sestavit/jmeno/smazat", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Forbidden, clerkPost.StatusCode);
        using var signIn = await anonymous.GetAsync(Builder(slug));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("/admin/prihlaseni", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(before, await app.DraftJsonAsync(slug));
    }

    [Fact]
    public async Task The_forms_own_settings_are_edited_in_the_builder_and_a_new_address_of_a_never_published_form_is_followed()
    {
        var editor = await app.EditorAsync();
        var slug = await app.DraftFormAsync("nastaveni");
        var renamed = slug + "-nova";

        using var saved = await PostAsync(editor, slug, null, "/nastaveni", new()
        {
            ["f.Title"] = "Přihláška na akci",
            ["f.Slug"] = renamed,
            ["f.Declaration"] = "Prohlašuji, že údaje jsou pravdivé.",
            ["f.Access"] = "identified",
            ["f.MinimumLevel"] = "high",
        });

        Assert.Equal($"/admin/formulare/{renamed}/sestavit", saved.RequestMessage!.RequestUri!.AbsolutePath);
        var definition = await app.DraftAsync(renamed);
        Assert.Equal(("Přihláška na akci", "Prohlašuji, že údaje jsou pravdivé.", "high"), (definition.Title, definition.Declaration, definition.Access.MinimumLevel));
        Assert.NotNull((await saved.ReadHtmlAsync()).QuerySelector("a#fb_nastaveni[autofocus]"));
    }
}
