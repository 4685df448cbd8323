using Pelhrimov.Core.Charts;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Pelhrimov.Analytics.Services;

namespace Pelhrimov.Tests.Analytics;

/// <summary>What counts as a page view of a person, how paths are kept, the midnight reset, and the CSV format.</summary>
public sealed class CountingRulesTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (compatible; bingbot/2.0)")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/131.0.0.0 Safari/537.36")]
    [InlineData("Wget/1.21")]
    [InlineData("python-requests/2.32")]
    [InlineData("Mozilla/5.0 (compatible; Yahoo! Slurp)")]
    [InlineData("")]
    [InlineData(null)]
    public void Bots_and_headless_browsers_are_recognised(string? userAgent) =>
        Assert.True(CountedRequests.IsBot(userAgent));

    [Fact]
    public void An_ordinary_browser_is_not_a_bot() =>
        Assert.False(CountedRequests.IsBot(AnalyticsTestData.Browser));

    [Theory]
    [InlineData("/admin/obsah", false)]
    [InlineData("/media/foto.jpg", false)]
    [InlineData("/_content/Pelhrimov.Theme/site.css", false)]
    [InlineData("/health", false)]
    [InlineData("/api/podani", false)]
    [InlineData("/metrics", false)]
    [InlineData("/administrativa", true)]
    [InlineData("/aktuality", true)]
    public void Admin_media_static_health_and_api_paths_are_not_counted(string path, bool counted) =>
        Assert.Equal(counted, CountedRequests.IsCountedPath(new PathString(path)));

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/Aktuality/", "/aktuality")]
    [InlineData("/zivotni-situace/ObcanskY-prukaz", "/zivotni-situace/obcansky-prukaz")]
    public void Paths_are_kept_lowercase_without_a_trailing_slash(string path, string expected) =>
        Assert.Equal(expected, CountedRequests.NormalizePath(new PathString(path)));

    [Fact]
    public void Paths_beyond_the_daily_cap_are_counted_together_as_other()
    {
        var counter = new AccessCounter(new FixedTime(new DateTime(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc)));
        for (var i = 0; i < AccessCounter.MaxPathsPerDay + 5; i++)
        {
            counter.Record($"/stranka-{i}", IPAddress.Loopback, AnalyticsTestData.Browser);
        }

        var batch = Assert.Single(counter.TakePending());
        Assert.Equal(AccessCounter.MaxPathsPerDay + 5, batch.Views);
        Assert.Equal(1, batch.Visits);
        Assert.Equal(AccessCounter.MaxPathsPerDay + 1, batch.Pages.Count);
        Assert.Equal(5, batch.Pages["(ostatní)"]);
    }

    [Fact]
    public void After_midnight_in_Prague_the_same_browser_is_a_new_visit_and_counts_fall_on_the_right_day()
    {
        // 22:59 UTC is 23:59 in Prague in winter; 23:01 UTC is already the next day there.
        var time = new FixedTime(new DateTime(2026, 11, 29, 22, 59, 0, DateTimeKind.Utc));
        var counter = new AccessCounter(time);
        counter.Record("/", IPAddress.Loopback, AnalyticsTestData.Browser);
        counter.Record("/", IPAddress.Loopback, AnalyticsTestData.Browser);
        time.Now = new DateTime(2026, 11, 29, 23, 1, 0, DateTimeKind.Utc);
        counter.Record("/", IPAddress.Loopback, AnalyticsTestData.Browser);

        var batches = counter.TakePending().OrderBy(b => b.Date).ToList();

        Assert.Equal([new DateOnly(2026, 11, 29), new DateOnly(2026, 11, 30)], batches.Select(b => b.Date));
        Assert.Equal([(2L, 1L), (1L, 1L)], batches.Select(b => (b.Views, b.Visits)));
        Assert.Empty(counter.TakePending());
    }

    [Fact]
    public void Counts_that_could_not_be_stored_are_taken_again_with_the_next_ones()
    {
        var counter = new AccessCounter(new FixedTime(new DateTime(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc)));
        counter.Record("/", IPAddress.Loopback, AnalyticsTestData.Browser);
        counter.Return(counter.TakePending());
        counter.Record("/", IPAddress.IPv6Loopback, AnalyticsTestData.Browser);

        var batch = Assert.Single(counter.TakePending());
        Assert.Equal((2L, 2L, 2L), (batch.Views, batch.Visits, batch.Pages["/"]));
    }

    [Fact]
    public async Task No_view_is_lost_or_counted_twice_when_the_flusher_takes_counts_while_requests_record_them()
    {
        var counter = new AccessCounter(new FixedTime(new DateTime(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc)));
        const int Threads = 4;
        const int PerThread = 50_000;
        var taken = new List<DayBatch>();
        var recording = Enumerable.Range(0, Threads).Select(t => Task.Run(() =>
        {
            var client = new IPAddress([10, 0, 0, (byte)t]);
            for (var i = 0; i < PerThread; i++)
            {
                counter.Record(i % 2 == 0 ? "/" : "/aktuality", client, AnalyticsTestData.Browser);
            }
        })).ToArray();
        while (!recording.All(r => r.IsCompleted))
        {
            taken.AddRange(counter.TakePending());
        }
        await Task.WhenAll(recording);
        taken.AddRange(counter.TakePending());

        Assert.Equal(Threads * PerThread, taken.Sum(b => b.Views));
        Assert.Equal(Threads, taken.Sum(b => b.Visits));
        Assert.Equal(Threads * PerThread / 2, taken.Sum(b => b.Pages.GetValueOrDefault("/")));
        Assert.Equal(Threads * PerThread / 2, taken.Sum(b => b.Pages.GetValueOrDefault("/aktuality")));
    }

    [Fact]
    public void Csv_starts_with_a_byte_order_mark_and_separates_by_semicolons_quoting_where_needed()
    {
        var bytes = CsvDocument.Write(["Stránka", "Zobrazení"], [["/a;b", "3"], ["/\"c\"", "4"]]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("Stránka;Zobrazení\r\n\"/a;b\";3\r\n\"/\"\"c\"\"\";4\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    private sealed class FixedTime(DateTime now) : TimeProvider
    {
        public DateTime Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
    }
}
