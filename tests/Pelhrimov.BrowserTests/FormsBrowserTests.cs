namespace Pelhrimov.BrowserTests;

/// <summary>
/// A smart form in a real browser, by keyboard alone: the sample street-light report from the start page through a
/// step with errors to check your answers and the confirmation, with axe on every page on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_street_light_report_is_filled_and_sent_by_keyboard_with_no_axe_violations_on_any_step()
    {
        await using var page = await browser.OpenAsync("/formulare/zavada-verejneho-osvetleni");
        var p = page.Page;
        await AxeAssert.NoViolationsAsync(p);

        await p.GetByRole(AriaRole.Button, new() { Name = "Začít vyplňovat" }).FocusAsync();
        await p.Keyboard.PressAsync("Enter");
        await p.WaitForURLAsync(u => u.EndsWith("/krok/krok-zavada", StringComparison.Ordinal));
        await Assertions.Expect(p.Locator(".form-step__caption")).ToContainTextAsync("Krok 1 ze 2");
        await AxeAssert.NoViolationsAsync(p);

        // Sent empty: the error summary takes the focus and links to the fields.
        await p.GetByRole(AriaRole.Button, new() { Name = "Pokračovat" }).FocusAsync();
        await p.Keyboard.PressAsync("Enter");
        await Assertions.Expect(p.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(p.Locator("#misto-error")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(p);

        await p.GetByLabel("Kde závada je?").FocusAsync();
        await p.Keyboard.TypeAsync("Masarykovo náměstí u kašny");
        await p.GetByLabel("Lampa nesvítí").FocusAsync();
        await p.Keyboard.PressAsync("Space");
        await p.GetByRole(AriaRole.Button, new() { Name = "Pokračovat" }).FocusAsync();
        await p.Keyboard.PressAsync("Enter");
        await p.WaitForURLAsync(u => u.EndsWith("/krok/krok-kontakt", StringComparison.Ordinal));
        await AxeAssert.NoViolationsAsync(p);

        await p.GetByLabel("Ne", new() { Exact = true }).FocusAsync();
        await p.Keyboard.PressAsync("Space");
        await p.GetByRole(AriaRole.Button, new() { Name = "Pokračovat" }).FocusAsync();
        await p.Keyboard.PressAsync("Enter");
        await p.WaitForURLAsync(u => u.EndsWith("/kontrola", StringComparison.Ordinal));
        await Assertions.Expect(p.Locator(".summary-list").First).ToContainTextAsync("Masarykovo náměstí u kašny");
        await AxeAssert.NoViolationsAsync(p);

        await p.GetByRole(AriaRole.Button, new() { Name = "Odeslat formulář" }).FocusAsync();
        await p.Keyboard.PressAsync("Enter");
        await p.WaitForURLAsync(u => u.Contains("/formulare/podani/P-", StringComparison.Ordinal));
        await Assertions.Expect(p.Locator(".panel__reference")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^P-\\d{4}-[2-9A-Z]{5}$"));
        await AxeAssert.NoViolationsAsync(p);
        Assert.Empty(page.Problems);
    }
}
