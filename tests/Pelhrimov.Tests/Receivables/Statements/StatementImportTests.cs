using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Security;
using Pelhrimov.Tests.Citizens;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Receivables.Statements;

[Collection(PortalCollection.Name)]
public sealed class StatementImportTests(PortalApp app)
{
    private static readonly DateOnly November = new(2026, 11, 20);

    [Fact]
    public async Task An_uploaded_statement_is_previewed_without_booking_and_Zauctovat_books_the_matched_lines()
    {
        var (exact, partial, over, unknown) = (StatementTesting.NewSymbol(), StatementTesting.NewSymbol(), StatementTesting.NewSymbol(), StatementTesting.NewSymbol());
        var ids = await app.ReceivablesAsync((exact, 1_200m), (partial, 800m), (over, 300m));
        var doc = StatementTesting.NewDocumentBase();
        var file = StatementTesting.Gpc(301, November,
        [
            new(doc + 1, 1_200m, exact), new(doc + 2, 500m, partial), new(doc + 3, 450m, over), new(doc + 4, 99m, unknown),
        ]);
        var clerk = await app.ClerkClientAsync();

        var importId = await clerk.UploadAsync(file);
        var preview = await clerk.GetHtmlAsync($"{StatementTesting.Url}/{importId}");
        var rows = StatementTesting.Rows(preview);

        Assert.Equal(("K zaúčtování", ids[0]), (rows[2].State, rows[2].Receivable));
        Assert.StartsWith("Částečná úhrada, zbývá 300\u00A0Kč", rows[3].Match, StringComparison.Ordinal);
        Assert.StartsWith("Přeplatek, přeplatek 150\u00A0Kč", rows[4].Match, StringComparison.Ordinal);
        Assert.Equal("Nepřiřazeno", rows[5].State);
        Assert.Contains("podle návrhu níže: 3.", preview.QuerySelector(".statement-to-book")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0m, await app.PaidAsync(ids[0]));

        await clerk.ConfirmAndWaitAsync(app, importId);

        Assert.Equal(new[] { 1_200m, 500m, 450m }, new[] {await app.PaidAsync(ids[0]), await app.PaidAsync(ids[1]), await app.PaidAsync(ids[2]) });
        var booked = StatementTesting.Rows(await clerk.GetHtmlAsync($"{StatementTesting.Url}/{importId}"));
        Assert.Equal(new[] { "Zaúčtováno", "Zaúčtováno", "Zaúčtováno", "Nepřiřazeno" }, new[] { booked[2].State, booked[3].State, booked[4].State, booked[5].State });
        var list = await clerk.GetHtmlAsync(StatementTesting.Url);
        var row = list.QuerySelectorAll(".statement-imports tbody tr").First(r => r.QuerySelector($"a[href='{StatementTesting.Url}/{importId}']") is not null)
            .QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(new[] { "107-1234567899", "19. 11. 2026 – 20. 11. 2026", "4", "3", "1", "Zaúčtováno" }, row[1..7].Select(c => c.Replace('\u00A0', ' ')).ToArray());
    }

    [Fact]
    public async Task The_same_statement_uploaded_again_books_nothing_twice_and_shows_its_lines_as_already_booked()
    {
        var symbol = StatementTesting.NewSymbol();
        var ids = await app.ReceivablesAsync((symbol, 1_000m));
        var file = StatementTesting.Gpc(302, November, [new(StatementTesting.NewDocumentBase(), 400m, symbol)]);
        var clerk = await app.ClerkClientAsync();
        var first = await clerk.UploadAsync(file);
        await clerk.ConfirmAndWaitAsync(app, first);

        var second = await clerk.UploadAsync(file);
        var preview = await clerk.GetHtmlAsync($"{StatementTesting.Url}/{second}");
        await clerk.ConfirmAndWaitAsync(app, second);

        Assert.Equal("Již zaúčtováno", StatementTesting.Rows(preview)[2].State);
        Assert.NotNull(preview.QuerySelector($".statement-seen-before a[href='{StatementTesting.Url}/{first}']"));
        Assert.Equal(400m, await app.PaidAsync(ids[0]));
        Assert.Equal(1, await app.PaymentCountAsync(ids[0]));
    }

    [Fact]
    public async Task An_overlapping_statement_books_only_its_new_lines()
    {
        var (a, b, c) = (StatementTesting.NewSymbol(), StatementTesting.NewSymbol(), StatementTesting.NewSymbol());
        var ids = await app.ReceivablesAsync((a, 100m), (b, 200m), (c, 300m));
        var doc = StatementTesting.NewDocumentBase();
        var clerk = await app.ClerkClientAsync();
        var first = await clerk.UploadAsync(StatementTesting.Gpc(303, November, [new(doc + 1, 100m, a), new(doc + 2, 200m, b)]));
        await clerk.ConfirmAndWaitAsync(app, first);

        // The bank's export of a longer period: the same two movements (posted on the same day) and a new one.
        var second = await clerk.UploadAsync(StatementTesting.Gpc(304, November.AddDays(3),
            [new(doc + 1, 100m, a, Date: November), new(doc + 2, 200m, b, Date: November), new(doc + 3, 300m, c)]));
        var rows = StatementTesting.Rows(await clerk.GetHtmlAsync($"{StatementTesting.Url}/{second}"));
        await clerk.ConfirmAndWaitAsync(app, second);

        Assert.Equal(new[] { "Již zaúčtováno", "Již zaúčtováno", "K zaúčtování" }, new[] { rows[2].State, rows[3].State, rows[4].State });
        Assert.Equal(new[] { 100m, 200m, 300m }, new[] { await app.PaidAsync(ids[0]), await app.PaidAsync(ids[1]), await app.PaidAsync(ids[2]) });
        Assert.Equal(new[] { 1, 1, 1 }, new[] { await app.PaymentCountAsync(ids[0]), await app.PaymentCountAsync(ids[1]), await app.PaymentCountAsync(ids[2]) });
    }

    [Fact]
    public async Task A_GPC_file_saved_as_UTF8_with_Czech_letters_is_refused_with_a_Czech_message_and_nothing_is_stored()
    {
        var windows1250 = StatementTesting.Gpc(305, November, [new(StatementTesting.NewDocumentBase(), 100m, StatementTesting.NewSymbol(), Name: "Šťastná Růžena")]);
        var utf8 = Encoding.UTF8.GetBytes(CodePagesEncodingProvider.Instance.GetEncoding(1250)!.GetString(windows1250));
        var clerk = await app.ClerkClientAsync();
        var before = await app.ImportCountAsync();

        using var response = await AntiforgeryForm.PostAsync(clerk, StatementTesting.Url, new Dictionary<string, string?>(), "form.statement-upload",
            [new FormFile("soubor", "vypis.gpc", utf8)]);
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("UTF-8", page.QuerySelector("#soubor-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("windows-1250", page.QuerySelector("#soubor-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#soubor']"));
        Assert.Equal("true", page.QuerySelector("#soubor")!.GetAttribute("aria-invalid"));
        Assert.Equal(before, await app.ImportCountAsync());
    }

    [Fact]
    public async Task A_malformed_line_is_reported_with_its_line_number_and_never_booked()
    {
        var (good, bad) = (StatementTesting.NewSymbol(), StatementTesting.NewSymbol());
        var ids = await app.ReceivablesAsync((good, 100m), (bad, 100m));
        var doc = StatementTesting.NewDocumentBase();
        // Line 3's amount gets a letter O instead of a zero.
        var file = StatementTesting.Gpc(306, November, [new(doc + 1, 100m, good), new(doc + 2, 100m, bad)], text =>
        {
            var lines = text.Split("\r\n");
            lines[2] = lines[2][..58] + "O" + lines[2][59..];
            return string.Join("\r\n", lines);
        });
        var clerk = await app.ClerkClientAsync();

        var importId = await clerk.UploadAsync(file);
        var preview = await clerk.GetHtmlAsync($"{StatementTesting.Url}/{importId}");
        await clerk.ConfirmAndWaitAsync(app, importId);

        var problem = preview.QuerySelectorAll(".statement-problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .Single(r => r[1] == "Chybný řádek");
        Assert.Equal("3", problem[0]);
        Assert.Contains("Částka (znaky 49–60)", problem[2], StringComparison.Ordinal);
        Assert.Equal(new[] { 100m, 0m }, new[] { await app.PaidAsync(ids[0]), await app.PaidAsync(ids[1]) });
    }

    [Fact]
    public async Task A_clerk_assigns_an_unmatched_payment_by_variable_symbol_which_books_it_and_is_audited()
    {
        var symbol = StatementTesting.NewSymbol();
        var ids = await app.ReceivablesAsync((symbol, 700m));
        var clerk = await app.ClerkClientAsync();
        // The payer wrote no variable symbol at all.
        var importId = await clerk.UploadAsync(StatementTesting.Gpc(307, November, [new(StatementTesting.NewDocumentBase(), 700m, null)]));
        var detail = $"{StatementTesting.Url}/{importId}";
        var lineForm = (await clerk.GetHtmlAsync(detail)).QuerySelector("form.statement-assign")!;
        var selector = $"form[action='{lineForm.GetAttribute("action")}']";

        using var wrong = await AntiforgeryForm.PostAsync(clerk, detail, new Dictionary<string, string?> { ["pohledavka"] = "12ab" }, selector);
        var wrongPage = await wrong.ReadHtmlAsync();
        using var assigned = await AntiforgeryForm.PostAsync(clerk, detail, new Dictionary<string, string?> { ["pohledavka"] = "00" + symbol }, selector);

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("neexistuje", wrongPage.QuerySelector(".statement-assign .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(wrongPage.QuerySelector(".error-summary"));
        Assert.Equal(700m, await app.PaidAsync(ids[0]));
        var row = StatementTesting.Rows(await assigned.ReadHtmlAsync()).Values.Single();
        Assert.Equal(("Zaúčtováno", ids[0]), (row.State, row.Receivable));
        var audit = await app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == "statements.line-assigned" && e.EntityId == importId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(e => e.Summary).ToListAsync());
        Assert.Contains(ids[0], Assert.Single(audit)!, StringComparison.Ordinal);
        Assert.Equal("Ruční přiřazení platby z bankovního výpisu", app.Services.GetRequiredService<AuditActionNames>().NameOf("statements.line-assigned"));
    }

    [Fact]
    public async Task A_partial_payment_can_be_given_to_another_receivable_by_its_id_before_confirming()
    {
        var symbol = StatementTesting.NewSymbol();
        var ids = await app.ReceivablesAsync((symbol, 900m), (StatementTesting.NewSymbol(), 300m));
        var clerk = await app.ClerkClientAsync();
        var importId = await clerk.UploadAsync(StatementTesting.Gpc(308, November, [new(StatementTesting.NewDocumentBase(), 300m, symbol)]));
        var detail = $"{StatementTesting.Url}/{importId}";
        var action = (await clerk.GetHtmlAsync(detail)).QuerySelector("form.statement-assign")!.GetAttribute("action");

        using var assigned = await AntiforgeryForm.PostAsync(clerk, detail, new Dictionary<string, string?> { ["pohledavka"] = ids[1] }, $"form[action='{action}']");
        await clerk.ConfirmAndWaitAsync(app, importId);

        Assert.Equal(new[] { 0m, 300m }, new[] { await app.PaidAsync(ids[0]), await app.PaidAsync(ids[1]) });
    }

    [Fact]
    public async Task The_sample_statements_of_both_formats_are_drafts_that_pay_sample_receivables()
    {
        var staff = await app.CreateStaffClientAsync();

        var list = await staff.GetHtmlAsync(StatementTesting.Url);
        var samples = list.QuerySelectorAll(".statement-imports tbody tr")
            .Where(r => r.QuerySelector("td")!.TextContent.Contains("vzor", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, samples.Count);
        Assert.Contains(samples, r => r.TextContent.Contains("GPC", StringComparison.Ordinal));
        Assert.Contains(samples, r => r.TextContent.Contains("CAMT.053", StringComparison.Ordinal));
        foreach (var sample in samples)
        {
            var preview = await staff.GetHtmlAsync(sample.QuerySelector("a")!.GetAttribute("href")!);
            var receivables = StatementTesting.Rows(preview).Values.Where(r => r.State == "K zaúčtování").Select(r => r.Receivable).ToList();
            Assert.Contains("ODP-2026-000001", receivables);
            Assert.Contains("PES-2026-000001", receivables);
        }
    }

    [Fact]
    public async Task Only_staff_with_the_import_permission_reach_the_pages_and_an_unknown_import_is_404()
    {
        var editor = await app.CreateStaffAsync(StaffRoles.Editor);
        using var anonymous = await app.CreateClient(allowAutoRedirect: false).GetAsync(StatementTesting.Url);
        using var refused = await (await app.CreateStaffClientAsync(editor.Email, editor.Password)).GetAsync(StatementTesting.Url);
        var clerk = await app.ClerkClientAsync();
        using var allowed = await clerk.GetAsync(StatementTesting.Url);
        using var unknown = await clerk.GetAsync(StatementTesting.Url + "/987654321");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/admin/prihlaseni", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_citizen_signed_in_on_the_portal_does_not_reach_the_import_pages()
    {
        const string password = "Heslo-Pro-Vypisy-2026";
        var email = $"vypisy-{Guid.NewGuid():N}@example.cz";
        await EidSignIn.RegisteredAccountAsync(app, email, password);
        var citizen = app.CreateClient(allowAutoRedirect: false);
        (await AntiforgeryForm.PostAsync(citizen, "/prihlaseni", new Dictionary<string, string?>
        {
            ["Input.Email"] = email, ["Input.Password"] = password,
        }, "form[action='/prihlaseni']")).Dispose();

        using var page = await citizen.GetAsync(StatementTesting.Url);
        using var detail = await citizen.GetAsync(StatementTesting.Url + "/1");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/admin/prihlaseni", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, detail.StatusCode);
    }

    [Fact]
    public async Task Every_post_of_the_import_pages_is_refused_without_the_antiforgery_token()
    {
        var symbol = StatementTesting.NewSymbol();
        var ids = await app.ReceivablesAsync((symbol, 100m));
        var clerk = await app.ClerkClientAsync();
        var importId = await clerk.UploadAsync(StatementTesting.Gpc(309, November, [new(StatementTesting.NewDocumentBase(), 100m, null)]));
        var lineAction = (await clerk.GetHtmlAsync($"{StatementTesting.Url}/{importId}")).QuerySelector("form.statement-assign")!.GetAttribute("action")!;

        using var upload = await clerk.PostAsync(StatementTesting.Url, new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "soubor", "x.gpc" } });
        using var confirm = await clerk.PostAsync($"{StatementTesting.Url}/{importId}/zauctovat", new FormUrlEncodedContent([]));
        using var assign = await clerk.PostAsync(lineAction, new FormUrlEncodedContent([new("pohledavka", ids[0])]));

        Assert.Equal(new[] { HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest }, new[] { upload.StatusCode, confirm.StatusCode, assign.StatusCode });
        Assert.Equal(Pelhrimov.Receivables.Statements.Domain.ImportStatus.Draft, await app.StatusAsync(importId));
        Assert.Equal(0m, await app.PaidAsync(ids[0]));
    }
}
