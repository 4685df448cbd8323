using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Charts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Forms.Services;

namespace Pelhrimov.Forms.Statistics;

/// <summary>The figures of the "Podání z formulářů" dashboard section.</summary>
public sealed record FormsDashboardModel(string Chart, FormsWeekly Weekly);

/// <summary>"Podání z formulářů": submissions per form over the last weeks, as a chart, a table and CSV.</summary>
[ViewComponent(Name = Name)]
public sealed class FormsDashboardViewComponent(FormSubmissionsQueries queries, TimeProvider clock) : ViewComponent
{
    public const string Name = "FormsDashboard";

    /// <summary>How many weeks the section shows, the current one included.</summary>
    public const int Weeks = 8;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var weekly = await queries.WeeklyAsync(CzechFormat.Today(clock), Weeks, HttpContext.RequestAborted);
        return View(new FormsDashboardModel(Chart(weekly), weekly));
    }

    public static string Chart(FormsWeekly weekly)
    {
        var total = weekly.Rows.Sum(r => r.Counts.Sum());
        var summary = weekly.Rows.Count == 0
            ? $"Za posledních {Weeks} týdnů nepřišlo žádné podání z formulářů."
            : $"Za posledních {Weeks} týdnů přišlo {CzechFormat.Number(total)} podání z formulářů: "
              + string.Join(", ", weekly.Rows.Select(r => $"{r.Title} {CzechFormat.Number(r.Counts.Sum())}"))
              + ". Počty po týdnech jsou v tabulce pod grafem.";
        return SvgChart.HorizontalBars(
            new ChartText("graf-podani-z-formularu", $"Podání z formulářů za posledních {Weeks} týdnů", summary, "Počet podání", "Formulář"),
            [.. weekly.Rows.Select(r => r.Title)], [.. weekly.Rows.Select(r => (double)r.Counts.Sum())], ChartColors.Blue);
    }
}
