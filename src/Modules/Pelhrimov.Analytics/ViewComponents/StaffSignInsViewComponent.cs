using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Analytics.Services;

namespace Pelhrimov.Analytics.ViewComponents;

/// <summary>"Přihlášení do administrace": staff sign-ins and failed attempts per day, from the audit log.</summary>
[ViewComponent(Name = Name)]
public sealed class StaffSignInsViewComponent(StatisticsQueries queries) : ViewComponent
{
    public const string Name = "AnalyticsStaffSignIns";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var rows = await queries.StaffSignInsAsync(StatisticsPeriod.Month, HttpContext.RequestAborted);
        return View(new StatisticsSection<SignInDay>(StatisticsPeriod.Month, StatisticsCharts.StaffSignIns(rows), rows, StatisticsPage.IsFull(ViewData)));
    }
}
