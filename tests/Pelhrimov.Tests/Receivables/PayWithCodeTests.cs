using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Receivables.Controllers;
using Pelhrimov.Receivables.Data;

namespace Pelhrimov.Tests.Receivables;

/// <summary>
/// <c>/zaplatit</c>: paying from a letter with the variable symbol and the payment code, without signing in. Each test
/// is a visitor from a client address of its own and uses variable symbols of its own, so the tests share one app.
/// The sample data: Jan Novák's (<c>OS-000001</c>) waste fees of 2026 (open) and 2025 (paid) share one variable symbol.
/// </summary>
public sealed class PayWithCodeTests(SharedPortalApp app)
{
    [Fact]
    public async Task The_right_code_shows_only_what_is_needed_to_pay_with_a_QR_code_that_decodes_to_the_same_payment()
    {
        var code = await app.StoredCodeAsync("ODP-2026-000001");
        Assert.NotNull(code);

        using var response = await app.Visitor().PayAsync("1337000001", code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        Assert.Equal(PayWithCodeTesting.Path, response.RequestMessage!.RequestUri!.PathAndQuery);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("Poplatek za komunální odpad 2026 – domácnost, 3 osoby", Normalize(page.QuerySelector("h1")!.TextContent));
        Assert.Equal("2\u00A0400\u00A0Kč", page.QuerySelector(".pay-outstanding")!.TextContent.Trim());
        Assert.Equal("1337000001", page.QuerySelector(".payment-vs")!.TextContent.Trim());
        Assert.Equal("CZ97 0800 0000 1900 0062 3101", page.QuerySelector(".payment-iban")!.TextContent.Trim());
        var spayd = page.QuerySelector("code.spayd")!.TextContent.Trim();
        Assert.StartsWith("SPD*1.0*ACC:CZ9708000000190000623101*AM:2400.00*CC:CZK*", spayd, StringComparison.Ordinal);
        var image = page.QuerySelector(".qr-platba img")!.GetAttribute("src")!;
        Assert.Equal(spayd, SpaydTests.Decode(Convert.FromBase64String(image["data:image/png;base64,".Length..])));

        // Nothing about the person, the history or the person's other receivables (the dog fee, the rent, last year's fee).
        var main = page.QuerySelector("main")!.TextContent;
        foreach (var absent in new[] { "OS-000001", "Novák", "Jan ", "Historie", "předepsána", "Poplatek ze psů", "Nájemné", "2025", "2\u00A0250" })
        {
            Assert.DoesNotContain(absent, main, StringComparison.Ordinal);
        }
        Assert.Null(page.QuerySelector(".receivable-payments, .receivable-history, a[href^='/muj-portal/platby/']"));
    }

    [Fact]
    public async Task A_wrong_code_a_wrong_symbol_and_another_receivables_code_get_the_same_message_and_show_nothing()
    {
        var api = await app.ApiClientAsync();
        var mine = await api.CreateReceivableAsync(amount: 777m);
        var other = await api.CreateReceivableAsync(amount: 888m);
        var visitor = app.Visitor();

        var attempts = new[]
        {
            (mine.Symbol, WrongCode(mine.Code)),
            (PayWithCodeTesting.NewSymbol(), mine.Code),
            (mine.Symbol, other.Code),
            (other.Symbol, mine.Code),
        };
        foreach (var (symbol, code) in attempts)
        {
            using var response = await visitor.PayAsync(symbol, code);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.ReadHtmlAsync();
            Assert.Equal([PayWithCodeController.WrongCombination], page.QuerySelectorAll(".error-summary li").Select(l => l.TextContent.Trim()));
            Assert.Empty(page.QuerySelectorAll(".field-error"));
            Assert.Null(page.QuerySelector(".payment-instructions, .pay-outstanding, .pay-settled"));
            Assert.DoesNotContain("777", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("888", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_code_is_accepted_in_any_case_with_spaces_and_with_or_without_the_dash()
    {
        var api = await app.ApiClientAsync();
        var receivable = await api.CreateReceivableAsync(amount: 1_500m);
        Assert.Matches("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", receivable.Code);
        var plain = receivable.Code.Replace("-", "", StringComparison.Ordinal);
        var visitor = app.Visitor();

        foreach (var typed in new[] { receivable.Code, plain.ToLowerInvariant(), " " + plain[..2] + " " + plain[2..6].ToLowerInvariant() + " - " + plain[6..] + " " })
        {
            using var response = await visitor.PayAsync(" " + receivable.Symbol + " ", typed);
            var page = await response.ReadHtmlAsync();
            Assert.Equal("1\u00A0500\u00A0Kč", page.QuerySelector(".pay-outstanding")?.TextContent.Trim());
        }
    }

    [Fact]
    public async Task A_paid_or_cancelled_receivable_says_so_without_any_details()
    {
        var api = await app.ApiClientAsync();
        var cancelled = await api.CreateReceivableAsync(amount: 640m, cancelled: true);
        var paid = await api.CreateReceivableAsync(amount: 650m);
        (await api.PutPaymentAsync(paid.Id, "PL-1", 650m)).Dispose();
        var visitor = app.Visitor();

        using var cancelledResponse = await visitor.PayAsync(cancelled.Symbol, cancelled.Code);
        using var paidResponse = await visitor.PayAsync(paid.Symbol, paid.Code);

        var cancelledPage = await cancelledResponse.ReadHtmlAsync();
        var paidPage = await paidResponse.ReadHtmlAsync();
        Assert.Contains("zrušena", cancelledPage.QuerySelector(".pay-settled")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("zaplacená", paidPage.QuerySelector(".pay-settled")!.TextContent, StringComparison.Ordinal);
        foreach (var page in new[] { cancelledPage, paidPage })
        {
            Assert.Null(page.QuerySelector(".payment-instructions, .qr-platba, .pay-outstanding"));
            Assert.DoesNotContain("Kč", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
        // The 2025 waste fee shares its variable symbol with the open one of 2026: its own code opens only itself.
        using var lastYear = await visitor.PayAsync("1337000001", await app.StoredCodeAsync("ODP-2025-000001"));
        Assert.NotNull((await lastYear.ReadHtmlAsync()).QuerySelector(".pay-settled"));
    }

    [Fact]
    public async Task Malformed_entries_get_a_Czech_message_next_to_each_field_and_nothing_is_looked_up()
    {
        var visitor = app.Visitor();

        using var empty = await visitor.PayAsync("", "");
        using var malformed = await visitor.PayAsync("12ab", "ABCD-EFG0");

        var emptyPage = await empty.ReadHtmlAsync();
        Assert.Equal("Zadejte variabilní symbol z dopisu nebo e-mailu.", emptyPage.QuerySelector("#VariableSymbol-error")!.TextContent.Trim());
        Assert.Equal("Zadejte platební kód z dopisu nebo e-mailu.", emptyPage.QuerySelector("#Code-error")!.TextContent.Trim());
        var malformedPage = await malformed.ReadHtmlAsync();
        Assert.StartsWith("Variabilní symbol tvoří jen číslice", malformedPage.QuerySelector("#VariableSymbol-error")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Platební kód má osm znaků", malformedPage.QuerySelector("#Code-error")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("true", malformedPage.QuerySelector("#Code")!.GetAttribute("aria-invalid"));
        Assert.Equal(2, malformedPage.QuerySelectorAll(".error-summary li a").Length);
        Assert.Null(malformedPage.QuerySelector(".payment-instructions"));
    }

    [Fact]
    public async Task A_link_from_a_letter_fills_the_form_and_reveals_nothing_until_it_is_sent()
    {
        var code = await app.StoredCodeAsync("ODP-2026-000001");

        using var response = await app.Visitor().GetAsync($"{PayWithCodeTesting.Path}?vs=1337000001&kod={code}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("1337000001", page.QuerySelector("#VariableSymbol")!.GetAttribute("value"));
        Assert.Equal(code, page.QuerySelector("#Code")!.GetAttribute("value"));
        Assert.Equal(PayWithCodeTesting.Path, page.QuerySelector("form.pay-with-code")!.GetAttribute("action"));
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector(".payment-instructions, .pay-outstanding"));
        Assert.DoesNotContain("2\u00A0400", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_shows_nothing()
    {
        var code = await app.StoredCodeAsync("ODP-2026-000001");
        var visitor = app.Visitor();

        using var response = await visitor.PostAsync(PayWithCodeTesting.Path,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["VariableSymbol"] = "1337000001", ["Code"] = code! }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("CZ97", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_attempts_from_one_address_get_429_with_a_Czech_page_and_Retry_After_while_other_addresses_go_on()
    {
        var api = await app.ApiClientAsync();
        var receivable = await api.CreateReceivableAsync();
        var visitor = app.Visitor();
        var form = await AntiforgeryForm.LoadAsync(visitor, PayWithCodeTesting.Path, "form.pay-with-code");

        // The default limit is 10 a minute; each attempt uses a new symbol, so only the address limit can refuse.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var attempt = await form.SubmitAsync(visitor, new Dictionary<string, string?> { ["VariableSymbol"] = PayWithCodeTesting.NewSymbol(), ["Code"] = "ABCD-EFGH" });
            statuses.Add(attempt.StatusCode);
        }
        using var refused = await form.SubmitAsync(visitor, new Dictionary<string, string?> { ["VariableSymbol"] = receivable.Symbol, ["Code"] = receivable.Code });

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 10).Append(HttpStatusCode.TooManyRequests), statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        var page = await refused.ReadHtmlAsync();
        Assert.Equal("Příliš mnoho pokusů", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(page.QuerySelector(".payment-instructions"));
        using var elsewhere = await app.Visitor().PayAsync(receivable.Symbol, receivable.Code);
        Assert.NotNull((await elsewhere.ReadHtmlAsync()).QuerySelector(".payment-instructions"));
    }

    [Fact]
    public async Task Wrong_codes_from_many_addresses_lock_the_variable_symbol_even_for_the_right_code_but_not_other_symbols()
    {
        var api = await app.ApiClientAsync();
        var target = await api.CreateReceivableAsync();
        var other = await api.CreateReceivableAsync();

        // The default is 10 wrong codes per symbol and hour, counted over all addresses.
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await app.Visitor().PayAsync(target.Symbol, WrongCode(target.Code));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var right = await app.Visitor().PayAsync(target.Symbol, target.Code);
        using var otherSymbol = await app.Visitor().PayAsync(other.Symbol, other.Code);

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.InRange(right.Headers.RetryAfter!.Delta!.Value.TotalMinutes, 0.01, 60);
        Assert.Null((await right.ReadHtmlAsync()).QuerySelector(".payment-instructions"));
        Assert.NotNull((await otherSymbol.ReadHtmlAsync()).QuerySelector(".payment-instructions"));
    }

    [Fact]
    public async Task An_API_upsert_creates_a_code_returns_it_again_unchanged_and_the_list_and_the_admin_show_the_same_one()
    {
        var api = await app.ApiClientAsync();
        var id = ReceivablesTesting.NewId("KOD");
        var person = ReceivablesTesting.NewId("OS");

        using var created = await api.PutReceivableAsync(id, ReceivablesTesting.Body(personId: person));
        using var again = await api.PutReceivableAsync(id, ReceivablesTesting.Body(personId: person));
        using var updated = await api.PutReceivableAsync(id, ReceivablesTesting.Body(personId: person, amount: 1_300m));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await created.JsonAsync()).GetProperty("paymentCode").GetString()!;
        Assert.Matches("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", code);
        Assert.Equal("unchanged", (await again.JsonAsync()).GetProperty("result").GetString());
        Assert.Equal(code, (await again.JsonAsync()).GetProperty("paymentCode").GetString());
        Assert.Equal(code, (await updated.JsonAsync()).GetProperty("paymentCode").GetString());
        Assert.Equal(code, await api.ListedCodeAsync(id));
        Assert.Equal(code.Replace("-", "", StringComparison.Ordinal), await app.StoredCodeAsync(id));
        var staff = await app.CreateStaffClientAsync();
        var overview = await staff.GetHtmlAsync("/admin/pohledavky?osoba=" + person);
        Assert.Equal([code], overview.QuerySelectorAll(".receivable-latest code.payment-code").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task The_footer_links_to_paying_without_signing_in()
    {
        var home = await app.Visitor().GetHtmlAsync("/");

        Assert.NotNull(home.QuerySelector($"footer a[href='{PayWithCodeTesting.Path}']"));
    }

    private static string WrongCode(string code)
    {
        var plain = code.Replace("-", "", StringComparison.Ordinal);
        var last = plain[^1] == 'Z' ? 'Y' : 'Z';
        return plain[..^1] + last;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
