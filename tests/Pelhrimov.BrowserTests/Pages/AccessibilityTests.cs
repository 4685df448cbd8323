namespace Pelhrimov.BrowserTests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    // One visit per page: what the page's scripts and requests reported while it loaded, then the DOM they left
    // (the Nu checker's errors that axe does not report), then axe.
    [Theory]
    [MemberData(nameof(PublicPages.Urls), MemberType = typeof(PublicPages))]
    public async Task Page_loads_cleanly_is_conforming_HTML_and_has_no_WCAG_2_1_AA_violations(string url)
    {
        await using var page = await browser.VisitAsync(url);
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var problems = page.Problems.Where(p => !IsExpectedStatus(p, page.Status)).ToList();
        Assert.True(problems.Count == 0, $"{url}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        await DomAssert.ConformsAsync(page.Page);
        await AxeAssert.NoViolationsAsync(page.Page);
    }

    // The browser logs the 404 of a not-found page itself as a console error; that one is the point of the page.
    private static bool IsExpectedStatus(string problem, int status) =>
        status >= 400 && problem.Contains($"status of {status}", StringComparison.Ordinal);
}
