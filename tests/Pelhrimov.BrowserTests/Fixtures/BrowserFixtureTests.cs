namespace Pelhrimov.BrowserTests.Fixtures;

/// <summary>The browser helpers catch what they claim to, on pages made up for the purpose.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserFixtureTests(BrowserFixture browser)
{
    [Fact]
    public async Task AxeAssert_lists_each_violation_with_rule_impact_help_and_element()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<html><head><title>Pokus</title></head><body><main><img src=\"x.png\" id=\"bez-popisu\"></main></body></html>");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.FailException>(() => AxeAssert.NoViolationsAsync(page));

        Assert.Contains("- html-has-lang (serious):", failure.Message);
        Assert.Contains("- image-alt (critical):", failure.Message);
        Assert.Contains("#bez-popisu", failure.Message);
    }

    [Fact]
    public async Task AxeAssert_looks_inside_frames_that_run_scripts_and_checks_a_scriptless_frame_from_outside()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        // Served from an http origin, as the site's pages are: axe's frames answer only a parent of their own origin.
        var html = new Dictionary<string, string>
        {
            ["/ramy"] = "<html lang=\"cs\"><head><title>Pokus</title></head><body><main><h1>Rámy</h1>"
                + "<iframe title=\"Vložený obsah\" src=\"/vnitrek\"></iframe></main></body></html>",
            ["/vnitrek"] = "<html lang=\"cs\"><head><title>Vnitřek</title></head><body><main><img src=\"x.png\" id=\"uvnitr-ramu\"></main></body></html>",
            ["/nahled"] = "<html lang=\"cs\"><head><title>Pokus</title></head><body><main><h1>Náhled</h1>"
                + "<iframe sandbox=\"\" srcdoc=\"<p>Náhled e-mailu</p>\"></iframe></main></body></html>",
        };
        await page.RouteAsync("http://pokus.test/**", route => html.TryGetValue(new Uri(route.Request.Url).AbsolutePath, out var body)
            ? route.FulfillAsync(new() { Body = body, ContentType = "text/html; charset=utf-8" })
            : route.FulfillAsync(new() { Status = 404 }));

        await page.GotoAsync("http://pokus.test/ramy");
        await Assertions.Expect(page.FrameLocator("iframe").Locator("#uvnitr-ramu")).ToBeAttachedAsync();
        var inFrame = await Assert.ThrowsAsync<Xunit.Sdk.FailException>(() => AxeAssert.NoViolationsAsync(page));
        Assert.Contains("- image-alt (critical):", inFrame.Message);
        Assert.Contains("#uvnitr-ramu", inFrame.Message);

        // A frame that may not run scripts cannot take axe; the page is checked without waiting for it, its title from outside.
        await page.GotoAsync("http://pokus.test/nahled");
        var untitled = await Assert.ThrowsAsync<Xunit.Sdk.FailException>(() => AxeAssert.NoViolationsAsync(page));
        Assert.Contains("- frame-title", untitled.Message);
    }

    [Fact]
    public async Task DomAssert_finds_what_the_Nu_checker_would_report_in_a_DOM_changed_by_script()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <html lang="cs"><head><title>Pokus</title></head><body>
            <p id="hint">Nápověda</p><p id="hint">Znovu</p>
            <input type="search" id="q" aria-describedby="chybi">
            <label for="role">Role</label><select id="role" required><option value="Editor">Editor</option></select>
            <label for="role2">Role</label><select id="role2" required><option value="">Vyberte</option><option>Editor</option></select>
            <input type="text" id="ok" role="combobox" aria-expanded="false">
            </body></html>
            """);
        await page.EvaluateAsync("() => { const q = document.getElementById('q'); q.setAttribute('role', 'combobox'); q.setAttribute('aria-expanded', 'false'); }");

        var problems = await DomAssert.ProblemsAsync(page);

        Assert.Equal(5, problems.Length);
        Assert.Contains(problems, p => p.StartsWith("duplicate id \"hint\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("aria-describedby points to missing id \"chybi\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("role=\"combobox\" is not allowed on <input type=\"search\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("aria-expanded is not allowed on role searchbox", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("required select without an empty first option: <select id=\"role\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_shared_tab_reports_the_problems_of_its_own_visit_only()
    {
        await using (var missing = await browser.VisitAsync("/tato-stranka-take-neexistuje"))
        {
            await missing.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal(404, missing.Status);
            Assert.Contains(missing.Problems, p => p.Contains("status of 404", StringComparison.Ordinal));
            // An error the page would log later: the next visit must not be charged with it.
            await missing.Page.EvaluateAsync("() => setTimeout(() => console.error('pozdní chyba'), 200)");
        }

        await using var home = await browser.VisitAsync("/");
        await home.Page.WaitForLoadStateAsync(LoadState.NetworkIdle); // a 500 ms quiet window: the timer would have fired
        Assert.Equal(200, home.Status);
        Assert.Empty(home.Problems);
    }

    [Fact]
    public async Task Opened_page_reports_scripts_the_content_security_policy_blocked()
    {
        await using var context = await browser.NewContextAsync();
        await context.RouteAsync("**/csp-pokus", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = "script-src 'self'" },
            Body = "<!doctype html><html lang=\"cs\"><title>Pokus</title><script>document.title = 'x'</script></html>",
        }));
        var page = await context.NewPageAsync();
        var opened = new BrowserPage(page, ownedContext: null);

        await page.GotoAsync("/csp-pokus");

        Assert.Contains(opened.Problems, p => p.Contains("Content Security Policy", StringComparison.Ordinal));
    }
}
