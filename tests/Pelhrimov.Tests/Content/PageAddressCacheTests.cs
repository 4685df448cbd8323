using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Caching;

namespace Pelhrimov.Tests.Content;

/// <summary>The published page tree is kept in memory for unknown addresses (issue 17): a change is seen at once.</summary>
public sealed class PageAddressCacheTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task A_page_published_after_its_address_answered_404_is_served_at_once()
    {
        var slug = "nova-stranka-" + Guid.NewGuid().ToString("N")[..8];
        var visitor = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, await visitor.StatusOfAsync("/" + slug));

        var staff = await app.CreateStaffClientAsync();
        using var published = await AntiforgeryForm.PostAsync(staff, "/admin/obsah/novy/Page", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Nová stránka o městě",
            ["Input.Slug"] = slug,
            ["Input.Fields[body]"] = "<p>Obsah nové stránky.</p>",
            ["akce"] = "zverejnit",
        }, "form.editor", cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(published.IsSuccessStatusCode, $"Publishing answered {(int)published.StatusCode}");

        var page = await visitor.GetHtmlAsync("/" + slug);
        Assert.Equal("Nová stránka o městě", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task An_unknown_address_matches_no_endpoint_while_the_tree_is_in_memory_and_every_address_matches_when_it_is_not()
    {
        var pageRoute = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.DisplayName?.Contains("PagesController.Show", StringComparison.Ordinal) == true);
        Assert.Contains(pageRoute.RoutePattern.ParameterPolicies["path"], p => p.Content == PublishedPageConstraint.Name);
        var constraint = ActivatorUtilities.CreateInstance<PublishedPageConstraint>(app.Services);
        bool Matches(string path) => constraint.Match(null, null, "path", new RouteValueDictionary { ["path"] = path }, RouteDirection.IncomingRequest);
        var visitor = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await visitor.StatusOfAsync("/o-meste/historie"));   // the action loads the tree

        Assert.True(Matches("o-meste/historie"));
        Assert.True(Matches("o-meste/historie/"));
        Assert.False(Matches("o-meste/neexistuje"));
        Assert.False(Matches("wp-login.php"));
        // The 404 of such an address is still the Czech page, answered without the page route.
        var notFound = await visitor.GetAsync(new Uri("/o-meste/neexistuje", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Contains("Stránka nenalezena", await notFound.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        // After a change the tree is no longer in memory: the route matches again and its action decides.
        await app.Services.GetRequiredService<PublicPageCacheInvalidator>().InvalidateAsync(TestContext.Current.CancellationToken);
        Assert.True(Matches("o-meste/neexistuje"));
        Assert.Equal(HttpStatusCode.NotFound, await visitor.StatusOfAsync("/o-meste/neexistuje"));
        Assert.False(Matches("o-meste/neexistuje"));
    }
}
