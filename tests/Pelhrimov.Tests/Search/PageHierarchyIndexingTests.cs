using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Services;
using Pelhrimov.Tests.Content;

namespace Pelhrimov.Tests.Search;

/// <summary>A page's URL is its ancestors' path: renaming, unpublishing or republishing a parent re-indexes the pages below it.</summary>
public sealed class PageHierarchyIndexingTests(SharedPortalApp app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.WaitForIndexAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Renaming_a_parent_page_moves_its_children_and_grandchildren_to_their_new_urls_in_the_index()
    {
        var parent = await SavePageAsync(null, "Spolky a sdružení", "spolky", null);
        var child = await SavePageAsync(null, "Včelařský spolek Zlatá pláství", "vcelari", parent);
        await SavePageAsync(null, "Úly na Křemešníku u včelařů", "uly", child);
        await app.WaitForIndexAsync();
        Assert.Contains("/spolky/vcelari", app.Urls("včelařský pláství"));
        Assert.Contains("/spolky/vcelari/uly", app.Urls("úly křemešník"));

        await SavePageAsync(parent, "Spolky a sdružení ve městě", "spolky-a-sdruzeni", null);
        await app.WaitForIndexAsync();

        var childUrls = app.Urls("vcelarsky plastvi");
        Assert.Contains("/spolky-a-sdruzeni/vcelari", childUrls);
        Assert.DoesNotContain("/spolky/vcelari", childUrls);
        var grandchildUrls = app.Urls("uly kremesnik");
        Assert.Contains("/spolky-a-sdruzeni/vcelari/uly", grandchildUrls);
        Assert.DoesNotContain("/spolky/vcelari/uly", grandchildUrls);
        Assert.Equal(System.Net.HttpStatusCode.OK, await app.CreateClient().StatusOfAsync("/spolky-a-sdruzeni/vcelari/uly"));
    }

    [Fact]
    public async Task Unpublishing_a_parent_takes_its_children_out_of_the_index_and_publishing_it_again_brings_them_back()
    {
        var parent = await SavePageAsync(null, "Družební svazky", "druzebni-svazky", null);
        await SavePageAsync(null, "Družba s Ostfildern a Bad Kötzting", "druzba", parent);
        await app.WaitForIndexAsync();
        Assert.Contains("/druzebni-svazky/druzba", app.Urls("Kötzting"));

        await app.InScopeAsync(sp => sp.GetRequiredService<ContentService>().UnpublishAsync(parent, "test"));
        await app.WaitForIndexAsync();
        Assert.DoesNotContain("/druzebni-svazky/druzba", app.Urls("Kötzting"));

        await app.InScopeAsync(sp => sp.GetRequiredService<ContentService>().PublishAsync(parent, "test"));
        await app.WaitForIndexAsync();
        Assert.Contains("/druzebni-svazky/druzba", app.Urls("Kötzting"));
    }

    private Task<Guid> SavePageAsync(Guid? id, string title, string slug, Guid? parent) => app.InScopeAsync(async sp =>
    {
        var input = new ContentInput
        {
            Title = title,
            Slug = slug,
            Fields = new() { ["body"] = $"<p>{title}. Informace pro občany města.</p>", ["parent"] = parent?.ToString() ?? "", ["menuOrder"] = "" },
        };
        var result = await sp.GetRequiredService<ContentService>().SaveAsync(ContentTypes.PageType, id, input, "test", publish: true, mayPublish: true);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Key + ": " + e.Message)));
        return result.ItemId!.Value;
    });
}
