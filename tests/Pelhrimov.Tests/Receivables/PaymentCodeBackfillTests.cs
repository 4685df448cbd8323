using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Tests.Receivables;

/// <summary>
/// Every receivable gets its payment code when it is written (API, batch, sample data); rows from before codes get
/// theirs from the start-up backfill or their next upsert, never from a read (ADR 0033).
/// </summary>
public sealed class PaymentCodeBackfillTests(PortalApp app) : IClassFixture<PortalApp>
{
    private const string CodePattern = "^[2-9A-HJKMNP-Z]{8}$";

    [Fact]
    public async Task Each_receivable_of_a_batch_is_stored_with_its_own_code()
    {
        var api = await app.ApiClientAsync();
        var ids = Enumerable.Range(0, 3).Select(_ => ReceivablesTesting.NewId("DKOD")).ToList();
        var items = ids.Select(id => new Dictionary<string, object?>(ReceivablesTesting.Body()) { ["id"] = id }).ToList();

        using var response = await api.PostAsJsonAsync(ReceivablesTesting.Api + "/davka", new { items });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codes = new List<string>();
        foreach (var id in ids)
        {
            codes.Add(Assert.IsType<string>(await app.StoredCodeAsync(id)));
        }
        Assert.All(codes, c => Assert.Matches(CodePattern, c));
        Assert.Equal(3, codes.Distinct().Count());
    }

    [Fact]
    public async Task Reading_the_list_and_the_admin_overview_writes_nothing_and_the_backfill_then_gives_the_old_row_a_code_once()
    {
        var api = await app.ApiClientAsync();
        var person = ReceivablesTesting.NewId("OS");
        var old = await api.CreateReceivableAsync(personId: person);
        await ForgetCodeAsync(old.Id);
        var before = await RowAsync(old.Id);

        var listed = await ListedAsync(api, old.Id);
        var staff = await app.CreateStaffClientAsync();
        var overview = await staff.GetHtmlAsync("/admin/pohledavky?osoba=" + person);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, listed.GetProperty("paymentCode").ValueKind);
        Assert.Empty(overview.QuerySelectorAll(".receivable-latest code.payment-code"));
        var afterReads = await RowAsync(old.Id);
        Assert.Null(afterReads.PaymentCode);
        Assert.Equal(before.UpdatedUtc, afterReads.UpdatedUtc);

        var filled = await app.InScopeAsync(sp => sp.GetRequiredService<PaymentCodeBackfill>().RunAsync(CancellationToken.None));
        var code = (await RowAsync(old.Id)).PaymentCode;
        var filledAgain = await app.InScopeAsync(sp => sp.GetRequiredService<PaymentCodeBackfill>().RunAsync(CancellationToken.None));

        Assert.True(filled >= 1);
        Assert.Matches(CodePattern, code!);
        Assert.NotEqual(old.Code.Replace("-", "", StringComparison.Ordinal), code);
        Assert.Equal(0, filledAgain);
        Assert.Equal(code, (await RowAsync(old.Id)).PaymentCode);
        Assert.Equal(before.UpdatedUtc, (await RowAsync(old.Id)).UpdatedUtc);
        Assert.Equal(PaymentCode.Format(code!), await api.ListedCodeAsync(old.Id));
        using var response = await app.Visitor().PayAsync(old.Symbol, code);
        Assert.NotNull((await response.ReadHtmlAsync()).QuerySelector(".payment-instructions"));
    }

    [Fact]
    public async Task Two_backfills_at_once_as_on_two_nodes_give_each_old_row_exactly_one_code()
    {
        var api = await app.ApiClientAsync();
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var created = await api.CreateReceivableAsync();
            ids.Add(created.Id);
            await ForgetCodeAsync(created.Id);
        }

        var runs = await Task.WhenAll(
            app.InScopeAsync(sp => sp.GetRequiredService<PaymentCodeBackfill>().RunAsync(CancellationToken.None)),
            app.InScopeAsync(sp => sp.GetRequiredService<PaymentCodeBackfill>().RunAsync(CancellationToken.None)));

        Assert.Equal(ids.Count, runs.Sum());
        foreach (var id in ids)
        {
            Assert.Matches(CodePattern, (await app.StoredCodeAsync(id))!);
        }
    }

    [Fact]
    public async Task An_upsert_of_an_old_row_gives_it_a_code_answers_it_and_reports_no_change()
    {
        var api = await app.ApiClientAsync();
        var id = ReceivablesTesting.NewId("UKOD");
        var body = ReceivablesTesting.Body();
        using (var created = await api.PutReceivableAsync(id, body))
        {
            created.EnsureSuccessStatusCode();
        }
        await ForgetCodeAsync(id);

        using var again = await api.PutReceivableAsync(id, body);

        var json = await again.JsonAsync();
        Assert.Equal("unchanged", json.GetProperty("result").GetString());
        var stored = await app.StoredCodeAsync(id);
        Assert.Matches(CodePattern, stored!);
        Assert.Equal(PaymentCode.Format(stored!), json.GetProperty("paymentCode").GetString());
    }

    [Fact]
    public async Task The_sample_data_has_codes_and_rows_without_one_get_it_after_a_restart()
    {
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        string id;
        await using (var first = await PortalApp.StartAsync(site))
        {
            var (count, missing) = await first.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<ReceivablesDbContext>();
                return (await db.Receivables.CountAsync(), await db.Receivables.CountAsync(r => r.PaymentCode == null));
            });
            Assert.True(count > 0, "the sample data has receivables");
            Assert.Equal(0, missing);
            var api = await first.ApiClientAsync();
            id = (await api.CreateReceivableAsync()).Id;
            await first.InScopeAsync(sp => sp.GetRequiredService<ReceivablesDbContext>().Receivables
                .Where(r => r.ExternalId == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.PaymentCode, (string?)null)));
        }

        await using var second = await PortalApp.StartAsync(site);
        await StartUpBackfillAsync(second);

        Assert.Matches(CodePattern, (await second.StoredCodeAsync(id))!);
    }

    /// <summary>
    /// Waits for the backfill that runs after the app's first response, so that it neither overlaps the tests' own
    /// rows without codes nor is missed.
    /// </summary>
    private static async Task StartUpBackfillAsync(PortalApp portal)
    {
        using (var home = await portal.CreateClient().GetAsync("/"))
        {
            home.EnsureSuccessStatusCode();
        }
        var backfill = portal.Services.GetRequiredService<PaymentCodeBackfillOnStart>().ExecuteTask;
        Assert.NotNull(backfill);
        await backfill.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private async Task ForgetCodeAsync(string id)
    {
        await StartUpBackfillAsync(app);
        await app.InScopeAsync(sp => sp.GetRequiredService<ReceivablesDbContext>().Receivables
            .Where(r => r.ExternalId == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.PaymentCode, (string?)null)));
    }

    private Task<Receivable> RowAsync(string id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ReceivablesDbContext>().Receivables.AsNoTracking().SingleAsync(r => r.ExternalId == id));

    private static async Task<System.Text.Json.JsonElement> ListedAsync(HttpClient api, string id)
    {
        string? cursor = null;
        do
        {
            using var response = await api.ListAsync("?limit=1000" + (cursor is null ? "" : "&cursor=" + cursor));
            var page = await response.JsonAsync();
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                if (item.GetProperty("id").GetString() == id)
                {
                    return item;
                }
            }
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        throw new InvalidOperationException("Receivable " + id + " is not listed.");
    }
}
