using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Analytics.Services;

namespace Pelhrimov.Analytics.ViewComponents;

/// <summary>"Nejnavštěvovanější stránky": the ten most viewed paths of the last 30 days.</summary>
[ViewComponent(Name = Name)]
public sealed class TopPagesViewComponent(StatisticsQueries queries) : ViewComponent
{
    public const string Name = "AnalyticsTopPages";

    public const int Count = 10;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var rows = await queries.TopPagesAsync(StatisticsPeriod.Month, Count, HttpContext.RequestAborted);
        return View(new StatisticsSection<PageViews>(StatisticsPeriod.Month, StatisticsCharts.TopPages(rows, StatisticsPeriod.Month), rows, StatisticsPage.IsFull(ViewData)));
    }
}
