using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.BrowserTests;

/// <summary><c>/zaplatit</c> in a real browser: a visitor types the variable symbol and the code from the letter and gets the QR code.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PayWithCodeBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_visitor_types_the_symbol_and_the_code_from_a_letter_and_sees_the_QR_code_with_no_axe_violations()
    {
        var code = await browser.App.InScopeAsync(s => s.GetRequiredService<ReceivablesDbContext>().Receivables
            .Where(r => r.ExternalId == "ODP-2026-000002").Select(r => r.PaymentCode).SingleAsync());
        await using var page = await browser.OpenAsync("/zaplatit");
        var p = page.Page;
        await AxeAssert.NoViolationsAsync(p);

        await p.GetByLabel("Variabilní symbol").FillAsync("1337000002");
        await p.GetByLabel("Platební kód").FillAsync("XXXX-XXXX");
        await p.GetByRole(AriaRole.Button, new() { Name = "Zobrazit údaje k platbě" }).ClickAsync();
        await Assertions.Expect(p.Locator(".error-summary")).ToContainTextAsync("k sobě nepatří");
        await AxeAssert.NoViolationsAsync(p);

        await p.GetByLabel("Platební kód").FillAsync(PaymentCode.Format(code!).ToLowerInvariant());
        await p.GetByRole(AriaRole.Button, new() { Name = "Zobrazit údaje k platbě" }).ClickAsync();
        await Assertions.Expect(p.Locator(".pay-outstanding")).ToHaveTextAsync("800\u00A0Kč");
        await Assertions.Expect(p.Locator(".qr-platba img")).ToBeVisibleAsync();
        Assert.True(await p.Locator(".qr-platba img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await AxeAssert.NoViolationsAsync(p);
        Assert.Empty(page.Problems);
    }
}
