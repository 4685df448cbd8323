using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.BackOfficeSimulator;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Filings.Data;
using Pelhrimov.Receivables.Data;

namespace Pelhrimov.Tests.BackOffice;

/// <summary>
/// The HTTP connectors of receivables and filings against the back-office simulator on another origin: live data, the
/// last good answer with its time in every fault mode, per person set only, recovery, documents
/// (the circuit breaker is <see cref="CircuitBreakerTests"/>).
/// The tests share one portal and simulator and run one after another (one class): each sets the faults it needs.
/// Personas: Jan Novák (OS-000001) sees his data live and cached; Pavel Černých (OS-000002) never loads his before the
/// outage; Marie Svobodová (OS-000003) loads her filing's document.
/// </summary>
public sealed class HttpConnectorTests(BackOfficeFixture fixture) : IClassFixture<BackOfficeFixture>
{
    internal static readonly string[] JanOutstanding = ["/muj-portal/platby/NAJ-2026-11-G12", "/muj-portal/platby/ODP-2026-000001", "/muj-portal/platby/PES-2026-000001"];

    [Fact]
    public async Task Live_answers_of_the_back_office_fill_the_citizen_pages_without_a_notice()
    {
        var jan = await fixture.CitizenAsync("jan-novak", "OS-000001");

        var payments = await fixture.HealthyAsync(jan.Client);
        var filings = await fixture.HealthyAsync(jan.Client, "/muj-portal/podani");
        var detail = await fixture.HealthyAsync(jan.Client, "/muj-portal/podani/P-2026-4HX7Q");

        Assert.Equal(JanOutstanding, OutstandingLinks(payments));
        Assert.Equal(["3\u00A0550\u00A0Kč", "850\u00A0Kč", "2\u00A0550\u00A0Kč"], payments.QuerySelectorAll(".payments-totals dd").Select(d => d.TextContent.Trim()));
        Assert.Contains("Ohlášení kácení dřevin na zahradě", filings.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Žádost o povolení stavby oplocení", filings.Body!.TextContent, StringComparison.Ordinal);   // Pavel's
        Assert.Contains("Žádosti jsme vyhověli", detail.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Potvrzení útulku", detail.Body!.TextContent, StringComparison.Ordinal);   // the internal note
    }

    [Theory]
    [InlineData(FaultMode.Slow)]
    [InlineData(FaultMode.Down)]
    [InlineData(FaultMode.Error)]
    [InlineData(FaultMode.Malformed)]
    public async Task In_every_fault_mode_the_pages_show_the_last_good_answer_stamped_with_its_time_and_never_an_error(FaultMode mode)
    {
        var jan = await fixture.CitizenAsync("jan-novak", "OS-000001");
        await fixture.HealthyAsync(jan.Client);
        await fixture.HealthyAsync(jan.Client, "/muj-portal/podani");
        await fixture.HealthyAsync(jan.Client, "/muj-portal/platby/ODP-2026-000001");
        await fixture.HealthyAsync(jan.Client, "/muj-portal/podani/P-2026-4HX7Q");
        var receivablesAsOf = await AsOfAsync<ReceivablesDbContext>(["OS-000001"], "receivables");
        var filingsAsOf = await AsOfAsync<FilingsDbContext>(["OS-000001"], "filings");

        fixture.Faults.Set(mode, delay: TimeSpan.FromSeconds(5));
        try
        {
            var (_, payments) = await BackOfficeFixture.GetAsync(jan.Client, "/muj-portal/platby");
            var (_, detail) = await BackOfficeFixture.GetAsync(jan.Client, "/muj-portal/platby/ODP-2026-000001");
            var (_, filings) = await BackOfficeFixture.GetAsync(jan.Client, "/muj-portal/podani");
            var (_, filing) = await BackOfficeFixture.GetAsync(jan.Client, "/muj-portal/podani/P-2026-4HX7Q");
            var (_, area) = await BackOfficeFixture.GetAsync(jan.Client, "/muj-portal");

            Assert.Equal($"Údaje k {CzechFormat.DateAndTime(receivablesAsOf)} — {BackOfficeFixture.FinanceDown}", Notice(payments));
            Assert.Equal(JanOutstanding, OutstandingLinks(payments));
            Assert.StartsWith("Údaje k ", Notice(detail), StringComparison.Ordinal);
            Assert.Equal("2\u00A0400\u00A0Kč", detail.QuerySelector(".payment-amount")!.TextContent.Trim());
            Assert.Equal($"Údaje k {CzechFormat.DateAndTime(filingsAsOf)} — {BackOfficeFixture.RecordsDown}", Notice(filings));
            Assert.Contains("Ohlášení kácení dřevin na zahradě", filings.Body!.TextContent, StringComparison.Ordinal);
            Assert.EndsWith(BackOfficeFixture.RecordsDown, Notice(filing), StringComparison.Ordinal);
            Assert.Contains("Žádosti jsme vyhověli", filing.Body!.TextContent, StringComparison.Ordinal);
            var cards = area.QuerySelectorAll(".citizen-area__card").ToDictionary(c => c.QuerySelector("h2")!.TextContent.Trim(), c => c.TextContent);
            Assert.Contains($"Údaje k {CzechFormat.DateAndTime(receivablesAsOf)} — {BackOfficeFixture.FinanceDown} Celkem", cards["K zaplacení"], StringComparison.Ordinal);
            Assert.Contains(BackOfficeFixture.RecordsDown, cards["Moje podání"], StringComparison.Ordinal);
        }
        finally
        {
            fixture.Faults.Set(FaultMode.None);
        }
    }

    [Fact]
    public async Task A_citizen_never_gets_the_last_good_answer_of_another_and_sees_a_notice_instead()
    {
        var jan = await fixture.CitizenAsync("jan-novak", "OS-000001");
        var pavel = await fixture.CitizenAsync("pavel-cernych", "OS-000002");
        await fixture.HealthyAsync(jan.Client);
        await fixture.HealthyAsync(jan.Client, "/muj-portal/platby/ODP-2026-000001");

        fixture.Faults.Set(FaultMode.Down);
        try
        {
            var (_, payments) = await BackOfficeFixture.GetAsync(pavel.Client, "/muj-portal/platby");
            var (janStatus, janDetail) = await BackOfficeFixture.GetAsync(pavel.Client, "/muj-portal/platby/ODP-2026-000001");
            var (_, filings) = await BackOfficeFixture.GetAsync(pavel.Client, "/muj-portal/podani");
            var (_, area) = await BackOfficeFixture.GetAsync(pavel.Client, "/muj-portal");

            Assert.Contains(BackOfficeFixture.NothingKept, Notice(payments), StringComparison.Ordinal);
            Assert.Empty(payments.QuerySelectorAll("a[href^='/muj-portal/platby/']"));
            Assert.Equal(HttpStatusCode.OK, janStatus);
            Assert.Contains(BackOfficeFixture.NothingKept, Notice(janDetail), StringComparison.Ordinal);
            Assert.DoesNotContain("2\u00A0400", janDetail.Body!.TextContent, StringComparison.Ordinal);
            Assert.Contains(BackOfficeFixture.NothingKept, Notice(filings), StringComparison.Ordinal);
            Assert.DoesNotContain("P-2026-", filings.Body!.TextContent, StringComparison.Ordinal);
            Assert.Contains(BackOfficeFixture.NothingKept, area.QuerySelector(".citizen-area")?.TextContent ?? area.Body!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            fixture.Faults.Set(FaultMode.None);
        }
        await fixture.HealthyAsync(pavel.Client);
        using var foreign = await pavel.Client.GetAsync("/muj-portal/platby/ODP-2026-000001");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task When_the_back_office_answers_again_the_pages_show_live_data_and_a_new_time()
    {
        var jan = await fixture.CitizenAsync("jan-novak", "OS-000001");
        await fixture.HealthyAsync(jan.Client);
        var before = await AsOfAsync<ReceivablesDbContext>(["OS-000001"], "receivables");
        fixture.Faults.Set(FaultMode.Error);
        var (_, stale) = await BackOfficeFixture.GetAsync(jan.Client, "/muj-portal/platby");
        Assert.StartsWith("Údaje k ", Notice(stale), StringComparison.Ordinal);

        var live = await fixture.HealthyAsync(jan.Client);

        Assert.Equal(JanOutstanding, OutstandingLinks(live));
        Assert.True(await AsOfAsync<ReceivablesDbContext>(["OS-000001"], "receivables") > before);
    }

    [Fact]
    public async Task A_document_streams_from_the_records_system_to_its_owner_only_and_an_outage_is_a_notice()
    {
        var jan = await fixture.CitizenAsync("jan-novak", "OS-000001");
        var pavel = await fixture.CitizenAsync("pavel-cernych", "OS-000002");
        var detail = await fixture.HealthyAsync(jan.Client, "/muj-portal/podani/P-2026-4HX7Q");
        var link = detail.QuerySelectorAll("a[href*='/dokumenty/']").Select(a => a.GetAttribute("href")!)
            .Single(h => detail.QuerySelector($"a[href='{h}']")!.TextContent.Contains("zadost", StringComparison.OrdinalIgnoreCase));

        using var own = await jan.Client.GetAsync(link);
        using var foreign = await pavel.Client.GetAsync(link);
        fixture.Faults.Set(FaultMode.Down);
        try
        {
            var (status, page) = await BackOfficeFixture.GetAsync(jan.Client, link);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains(BackOfficeFixture.NothingKept, Notice(page), StringComparison.Ordinal);
        }
        finally
        {
            fixture.Faults.Set(FaultMode.None);
        }

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("application/pdf", own.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "backoffice-sample", "filings", "zadost-pes-novak.pdf")),
            await own.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    private Task<DateTime> AsOfAsync<TContext>(string[] personIds, string query)
        where TContext : Microsoft.EntityFrameworkCore.DbContext =>
        fixture.App.InScopeAsync(sp => sp.GetRequiredService<TContext>().Set<BackOfficeAnswer>()
            .Where(a => a.Key == BackOfficeAnswerKeys.KeyOf(personIds, query)).Select(a => a.AsOfUtc).SingleAsync());

    internal static string Notice(IDocument page) =>
        page.QuerySelector(".back-office-notice")?.TextContent.Trim() ?? throw new InvalidOperationException("The page has no back-office notice.");

    [Fact]
    public async Task A_kept_answer_older_than_the_limit_is_neither_shown_nor_kept_and_a_daily_job_deletes_it()
    {
        var cancel = TestContext.Current.CancellationToken;
        var person = "OS-RET-" + Guid.NewGuid().ToString("N")[..8];
        var (oldKey, recentKey) = (BackOfficeAnswerKeys.KeyOf([person], "old"), BackOfficeAnswerKeys.KeyOf([person], "recent"));
        await fixture.App.InScopeAsync(async s =>
        {
            var cache = s.GetRequiredService<BackOfficeAnswerCache<ReceivablesDbContext>>();
            await cache.ReadThroughAsync([person], "old", _ => Task.FromResult(1), _ => true, cancel);
            return await cache.ReadThroughAsync([person], "recent", _ => Task.FromResult(2), _ => true, cancel);
        });
        // One answer was last good 31 days ago; the default limit is 30.
        await fixture.App.InScopeAsync(s => s.GetRequiredService<ReceivablesDbContext>().Set<BackOfficeAnswer>().Where(a => a.Key == oldKey)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.AsOfUtc, DateTime.UtcNow.AddDays(-31)), cancel));

        var (old, recent) = await fixture.App.InScopeAsync(async s =>
        {
            var cache = s.GetRequiredService<BackOfficeAnswerCache<ReceivablesDbContext>>();
            return (await cache.ReadThroughAsync([person], "old", _ => Task.FromException<int>(new HttpRequestException("dolů")), _ => true, cancel),
                await cache.ReadThroughAsync([person], "recent", _ => Task.FromException<int>(new HttpRequestException("dolů")), _ => true, cancel));
        });
        Assert.False(old.IsAvailable);
        Assert.True(recent is { IsAvailable: true, IsStale: true, Value: 2 });

        var job = Assert.Single(fixture.App.Services.GetServices<ScheduledJob>(), j => j.Name == "receivables.prune-back-office-answers");
        await fixture.App.InScopeAsync(async s =>
        {
            await ((IScheduledJob)s.GetRequiredService(job.JobType)).RunAsync(new ScheduledRun(job.Name, DateTime.UtcNow, DateTime.UtcNow), cancel);
            return 0;
        });
        var kept = await fixture.App.InScopeAsync(s => s.GetRequiredService<ReceivablesDbContext>().Set<BackOfficeAnswer>()
            .Where(a => a.Key == oldKey || a.Key == recentKey).Select(a => a.Key).ToListAsync(cancel));
        Assert.Equal([recentKey], kept);
    }

    internal static string[] OutstandingLinks(IDocument page) =>
        [.. page.QuerySelectorAll(".payments-outstanding a").Select(a => a.GetAttribute("href")!)];
}
