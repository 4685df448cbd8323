using Microsoft.AspNetCore.Mvc;

namespace Pelhrimov.Citizens.Statistics;

/// <summary>"Přihlášení občanů": sign-ins per day by method and level, on the admin dashboard.</summary>
[ViewComponent(Name = Name)]
public sealed class CitizenSignInsViewComponent(CitizenStatistics statistics) : ViewComponent
{
    public const string Name = "CitizensSignIns";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var days = await statistics.SignInsAsync(HttpContext.RequestAborted);
        return View((CitizenStatistics.SignInsChart(days), days));
    }
}

/// <summary>"Identifikovaní občané": accounts verified with eID over the last year, on the admin dashboard.</summary>
[ViewComponent(Name = Name)]
public sealed class IdentifiedCitizensViewComponent(CitizenStatistics statistics) : ViewComponent
{
    public const string Name = "CitizensIdentified";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var days = await statistics.IdentifiedAsync(HttpContext.RequestAborted);
        return View((CitizenStatistics.IdentifiedChart(days), CitizenStatistics.MonthEnds(days)));
    }
}
