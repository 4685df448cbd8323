using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Analytics.Services;

namespace Pelhrimov.Analytics.ViewComponents;

/// <summary>"Návštěvnost": visits and page views per day, 30 days or 365 with <c>?obdobi=365</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class TrafficViewComponent(StatisticsQueries queries) : ViewComponent
{
    public const string Name = "AnalyticsTraffic";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var days = StatisticsPeriod.Parse(Request.Query[StatisticsPeriod.QueryName]);
        var rows = await queries.TrafficAsync(days, HttpContext.RequestAborted);
        return View(new StatisticsSection<TrafficDay>(days, StatisticsCharts.Traffic(rows), rows, StatisticsPage.IsFull(ViewData)));
    }
}
