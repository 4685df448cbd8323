using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.BrowserTests;

/// <summary>
/// "Zaplatit kartou" on <c>/zaplatit</c> in a real browser, without signing in (ADR 0035): the visitor types the symbol
/// and the code from the letter, pays on the gateway simulator's page, and returns to a receipt. Axe on the details
/// with the card button and on the receipt.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PayWithCodeCardBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_visitor_pays_by_card_with_the_code_from_the_letter_and_sees_the_receipt()
    {
        await using var page = await browser.OpenAsync("/zaplatit");
        var p = page.Page;
        var id = "KARTA-KOD-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var symbol = "8" + RandomNumberGenerator.GetInt32(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var outcome = await browser.App.InScopeAsync(sp => sp.GetRequiredService<ReceivableWriter>().UpsertAsync(
            [new ReceivableWrite(id, "OS-000003", "Poplatek ze psů", "2026", 480m, "CZK", new DateOnly(2099, 5, 31), symbol, null, null,
                new BankAccount("19", "623101", "0800"), false)], CancellationToken.None));

        await p.GetByLabel("Variabilní symbol").FillAsync(symbol);
        await p.GetByLabel("Platební kód").FillAsync(PaymentCode.Format(outcome.PaymentCodes[id]));
        await p.GetByRole(AriaRole.Button, new() { Name = "Zobrazit údaje k platbě" }).ClickAsync();
        var pay = p.GetByRole(AriaRole.Button, new() { Name = "Zaplatit kartou 480\u00A0Kč" });
        await Assertions.Expect(pay).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(p);

        await pay.ClickAsync();
        await p.WaitForURLAsync(u => u.Contains("/platebni-brana-simulator/platba/", StringComparison.Ordinal), new() { Timeout = 90_000 });
        await p.GetByRole(AriaRole.Button, new() { Name = "Zaplatit (platba proběhne)" }).ClickAsync();

        await p.WaitForURLAsync(new Regex("/zaplatit/kartou/[a-z0-9]{16}$"), new() { Timeout = 90_000 });
        await Assertions.Expect(p.Locator("h1")).ToHaveTextAsync("Zaplaceno");
        await Assertions.Expect(p.Locator(".receipt-amount")).ToHaveTextAsync("480\u00A0Kč");
        await Assertions.Expect(p.Locator(".receipt-symbol")).ToHaveTextAsync(symbol);
        await AxeAssert.NoViolationsAsync(p);
        Assert.Empty(page.Problems);
    }
}
