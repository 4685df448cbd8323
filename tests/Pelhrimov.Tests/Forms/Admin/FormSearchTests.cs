using Pelhrimov.Tests.Search;

namespace Pelhrimov.Tests.Forms.Admin;

/// <summary>Forms are found by the site search while they are live: publishing adds them, archiving removes them, restoring adds them back.</summary>
public sealed class FormSearchTests(SharedPortalApp app)
{
    private const string Editor = "redaktor@test.cz";

    [Fact]
    public async Task A_form_is_found_by_a_question_it_asks_only_while_it_is_live()
    {
        var slug = FormsTesting.NewSlug("hledani");
        var url = "/formulare/" + slug;
        Assert.True((await app.CatalogAsync(c => c.CreateAsync(FormsTesting.Definition(slug, label: "Barva kočárku"), Editor))).Succeeded);
        await app.WaitForIndexAsync();
        Assert.DoesNotContain(url, app.Urls("barva kočárku"));

        Assert.True((await app.CatalogAsync(c => c.PublishAsync(slug, Editor))).Succeeded);
        await app.WaitForIndexAsync();
        var hit = Assert.Single(app.SearchService().Search("barva kočárku", "formulare", 1).Hits, h => h.Url == url);
        Assert.Equal("Form", hit.Kind);

        Assert.True((await app.CatalogAsync(c => c.ArchiveAsync(slug, Editor))).Succeeded);
        await app.WaitForIndexAsync();
        Assert.DoesNotContain(url, app.Urls("barva kočárku"));

        Assert.True((await app.CatalogAsync(c => c.RestoreAsync(slug, Editor))).Succeeded);
        await app.WaitForIndexAsync();
        Assert.Contains(url, app.Urls("barva kočárku"));
    }
}
