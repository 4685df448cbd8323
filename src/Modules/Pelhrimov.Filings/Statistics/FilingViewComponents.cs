using Microsoft.AspNetCore.Mvc;

namespace Pelhrimov.Filings.Statistics;

/// <summary>The figures of the "Podání" dashboard section.</summary>
public sealed record FilingsDashboardModel(
    string StatusChart, IReadOnlyList<FilingStatusCount> Statuses, string AgeChart, IReadOnlyList<FilingAgeBucket> Ages);

/// <summary>"Podání": filings by status and open filings by age, on the admin dashboard.</summary>
[ViewComponent(Name = Name)]
public sealed class FilingsDashboardViewComponent(FilingStatistics statistics) : ViewComponent
{
    public const string Name = "FilingsDashboard";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var statuses = await statistics.ByStatusAsync(HttpContext.RequestAborted);
        var ages = await statistics.OpenByAgeAsync(HttpContext.RequestAborted);
        return View(new FilingsDashboardModel(FilingStatistics.StatusChart(statuses), statuses, FilingStatistics.AgeChart(ages), ages));
    }
}
