using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Filling;
using Pelhrimov.Forms.Services;
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

    // A rebuild of the index reads every live form; on PostgreSQL, reading a version nobody had parsed yet while the
    // forms were still being read failed ("A command is already in progress"), and the index stayed empty.
    [Fact]
    public async Task A_rebuild_reads_every_live_form_even_when_no_version_was_parsed_before()
    {
        var slugs = new[] { FormsTesting.NewSlug("prestavba"), FormsTesting.NewSlug("prestavba") };
        foreach (var slug in slugs)
        {
            Assert.True((await app.CatalogAsync(c => c.CreateAsync(FormsTesting.Definition(slug), Editor))).Succeeded);
            Assert.True((await app.CatalogAsync(c => c.PublishAsync(slug, Editor))).Succeeded);
        }

        var urls = await app.InScopeAsync(async services =>
        {
            // A cache of its own, empty, as after a node's start.
            using var unparsed = ActivatorUtilities.CreateInstance<LiveForms>(services);
            var source = new FormSearchSource(services.GetRequiredService<FormsDbContext>(), unparsed);
            var documents = new List<string>();
            await foreach (var document in source.AllAsync(TestContext.Current.CancellationToken))
            {
                documents.Add(document.Url);
            }
            return documents;
        });

        Assert.Subset(urls.ToHashSet(), slugs.Select(s => "/formulare/" + s).ToHashSet());
    }
}
