namespace Pelhrimov.BrowserTests;

/// <summary>
/// The browsable reference of the back-office API (Scalar over /openapi/v1.json), which an integrator opens in
/// Development: it must render the portal's own operations with nothing fetched from another origin and nothing blocked.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiReferenceBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_reference_shows_the_operations_of_the_api_from_this_origin_only()
    {
        var foreign = new List<string>();
        var context = await browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        tab.Request += (_, request) =>
        {
            if (new Uri(request.Url) is { Scheme: "http" or "https" } url && url.Authority != browser.App.BaseAddress.Authority)
            {
                lock (foreign)
                {
                    foreign.Add(request.Url);
                }
            }
        };
        await using var page = await BrowserPage.GoToAsync(tab, context, "/api/dokumentace/");

        Assert.Equal(200, page.Status);
        await Assertions.Expect(page.Page.GetByText("Portál občana – API pro agendové systémy").First).ToBeVisibleAsync();
        // The modules' groups of operations, read from the document the reference fetched; a group opens its operations.
        await Assertions.Expect(page.Page.GetByRole(AriaRole.Link, new() { Name = "Podání", Exact = true })).ToBeVisibleAsync();
        await page.Page.GetByRole(AriaRole.Link, new() { Name = "Pohledávky", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Page.GetByRole(AriaRole.Link, new() { Name = "post /api/v1/pohledavky/davka" }).First).ToBeAttachedAsync();
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(page.Problems);
        lock (foreign)
        {
            Assert.Empty(foreign);
        }
    }

    [Fact]
    public async Task The_reference_is_not_served_where_it_is_switched_off()
    {
        // The app of the browser tests switches it on; Production and Testing leave it off (ApiClientSettings.Reference).
        using var client = new HttpClient { BaseAddress = browser.Nia.BaseAddress };
        using var response = await client.GetAsync(new Uri("/api/dokumentace/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
