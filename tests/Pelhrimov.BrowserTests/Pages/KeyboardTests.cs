namespace Pelhrimov.BrowserTests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture browser)
{
    [Fact]
    public async Task First_Tab_on_the_home_page_focuses_the_skip_link()
    {
        await using var page = await browser.OpenAsync("/");

        await page.Page.Keyboard.PressAsync("Tab");

        var focused = page.Page.Locator(":focus");
        Assert.Equal("Přeskočit na obsah", (await focused.TextContentAsync())?.Trim());
        Assert.True(await focused.IsVisibleAsync(), "The skip link must become visible when focused.");
        var target = await focused.GetAttributeAsync("href");
        Assert.NotNull(target);
        Assert.StartsWith("#", target);
        Assert.Equal(1, await page.Page.Locator(target).CountAsync());
    }
}
