using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Pelhrimov.BrowserTests.Pages;

/// <summary>Suggestions as you type in the header's search box: a WAI-ARIA combobox over <c>/api/v1/search</c>.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchSuggestTests(BrowserFixture browser)
{
    private const string DogRegistration = "Přihlášení psa a poplatek ze psů";

    // The assertions read the document, so its parsing is enough; waiting for the load event (every image and font)
    // made these tests time out on a busy CI machine.
    private static readonly PageWaitForURLOptions DocumentLoaded = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    [Fact]
    public async Task Typing_shows_accessible_suggestions_and_arrow_keys_with_Enter_open_the_chosen_one()
    {
        await WaitForSearchIndexAsync();
        await using var page = await browser.OpenAsync("/");
        var input = page.Page.Locator("#site-search-q");
        var listbox = page.Page.Locator("#site-search-q-suggestions");
        Assert.Equal("combobox", await input.GetAttributeAsync("role"));
        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        Assert.Equal("site-search-q-suggestions", await input.GetAttributeAsync("aria-controls"));

        // On a busy machine a pause between two keystrokes can outlast the debounce, and the suggestions for a prefix
        // ("prihlaseni ps") show first, in another order: wait for those of the whole text before reading them.
        var answer = page.Page.WaitForResponseAsync(r => r.Url.Contains("q=prihlaseni%20psa", StringComparison.Ordinal));
        await input.PressSequentiallyAsync("prihlaseni psa", new() { Delay = 30 });
        var titles = (await (await answer).JsonAsync())!.Value.EnumerateArray().Take(8).Select(s => s.GetProperty("title").GetString()!).ToArray();
        await Assertions.Expect(listbox.Locator("[role='option'] .search-suggest__title")).ToHaveTextAsync(titles);

        await Assertions.Expect(listbox).ToBeVisibleAsync();
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));
        var options = await listbox.Locator("[role='option']").AllTextContentsAsync();
        Assert.InRange(options.Count, 1, 8);
        var dog = options.ToList().FindIndex(o => o.Contains(DogRegistration, StringComparison.Ordinal));
        Assert.True(dog >= 0, "Suggestions: " + string.Join(" | ", options));
        var status = page.Page.Locator(".search-suggest [role='status']").First;
        await Assertions.Expect(status).ToHaveTextAsync(CountText());
        Assert.Equal(ExpectedCountText(options.Count), await status.TextContentAsync());

        await AxeAssert.NoViolationsAsync(page.Page);

        for (var i = 0; i <= dog; i++)
        {
            await input.PressAsync("ArrowDown");
        }
        var activeId = await input.GetAttributeAsync("aria-activedescendant");
        Assert.NotNull(activeId);
        var active = page.Page.Locator("#" + activeId);
        Assert.Equal("true", await active.GetAttributeAsync("aria-selected"));
        Assert.Contains(DogRegistration, await active.TextContentAsync());
        Assert.Equal(1, await listbox.Locator("[aria-selected='true']").CountAsync());

        await input.PressAsync("Enter");

        await page.Page.WaitForURLAsync(new Regex("/zivotni-situace/"), DocumentLoaded);
        Assert.Equal(DogRegistration, (await page.Page.Locator("h1").First.TextContentAsync())?.Trim());
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task Escape_closes_the_suggestions_and_Enter_then_submits_the_typed_text_to_the_search_page()
    {
        await WaitForSearchIndexAsync();
        await using var page = await browser.OpenAsync("/");
        var input = page.Page.Locator("#site-search-q");
        await input.PressSequentiallyAsync("odpad", new() { Delay = 30 });
        await Assertions.Expect(page.Page.Locator("#site-search-q-suggestions")).ToBeVisibleAsync();

        await input.PressAsync("Escape");

        await Assertions.Expect(page.Page.Locator("#site-search-q-suggestions")).ToBeHiddenAsync();
        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        Assert.Equal("odpad", await input.InputValueAsync());
        await input.PressAsync("Enter");
        await page.Page.WaitForURLAsync(new Regex(@"/hledat\?q=odpad$"), DocumentLoaded);
        await Assertions.Expect(page.Page.Locator(".search-results li").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_JavaScript_the_search_box_is_a_plain_form_that_submits_to_the_search_page()
    {
        await WaitForSearchIndexAsync();
        await using var page = await browser.OpenAsync("/", javaScriptEnabled: false);
        var input = page.Page.Locator("#site-search-q");
        Assert.Null(await input.GetAttributeAsync("role"));

        await input.FillAsync("prihlaseni psa");
        await input.PressAsync("Enter");

        await page.Page.WaitForURLAsync(new Regex(@"/hledat\?q=prihlaseni\+psa$"), DocumentLoaded);
        Assert.Contains(DogRegistration, await page.Page.Locator(".search-results").TextContentAsync());
    }

    private static string ExpectedCountText(int n) => n switch
    {
        1 => "1 návrh",
        >= 2 and <= 4 => $"{n} návrhy",
        _ => $"{n} návrhů",
    };

    [GeneratedRegex(@"^\d+ návrh(y|ů)?$")]
    private static partial Regex CountText();

    // The app indexes the sample site in the background after its first start.
    private async Task WaitForSearchIndexAsync()
    {
        using var client = browser.App.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var suggestions = await client.GetFromJsonAsync<List<Suggestion>>("/api/v1/search?q=prihlaseni%20psa");
            if (suggestions is { Count: > 0 })
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "The search index was not ready within 60 s.");
            await Task.Delay(200);
        }
    }

    private sealed record Suggestion(string Title, string Url);
}
