using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Analytics.Data;
using Pelhrimov.Analytics.Domain;
using Pelhrimov.Analytics.Services;

namespace Pelhrimov.Tests.Analytics;

/// <summary>Flushes the app's access counter and reads what it stored for today.</summary>
internal static class AnalyticsTestData
{
    public const string Browser = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";

    /// <summary>A browser User-Agent no other test uses, so that its visits can be told apart.</summary>
    public static string UniqueBrowser(int number = 0) => $"{Browser} Zkouska/{Guid.NewGuid():N}-{number}";

    public static Task FlushCounterAsync(this PortalApp app) =>
        app.Services.GetRequiredService<AccessCounterFlusher>().FlushAsync();

    public static async Task<Today> TodayAsync(this PortalApp app, string path = "/")
    {
        await app.FlushCounterAsync();
        return await app.InScopeAsync(async sp =>
        {
            var date = sp.GetRequiredService<StatisticsQueries>().Today;
            var db = sp.GetRequiredService<AnalyticsDbContext>();
            var daily = await db.Daily.AsNoTracking().SingleOrDefaultAsync(d => d.Date == date) ?? new DailyTraffic { Date = date };
            var page = await db.PageDaily.AsNoTracking().Where(p => p.Date == date && p.Path == path).Select(p => p.Views).SingleOrDefaultAsync();
            return new Today(date, daily.Views, daily.Visits, page);
        });
    }

    public static HttpClient CreateBrowser(this PortalApp app, string userAgent, bool handleCookies = false)
    {
        var client = app.CreateClient(handleCookies);
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        return client;
    }

    public sealed record Today(DateOnly Date, long Views, long Visits, long PageViews);
}
