using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Charts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Search.Components;

/// <summary>Admin dashboard section: the ten searches that most often found nothing in the last 30 days, as a chart and a
/// table, with all of them as CSV.</summary>
public sealed class UnansweredSearchesViewComponent(UnansweredSearches unanswered) : ViewComponent
{
    public const int Days = UnansweredSearches.RecentDays;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var rows = await unanswered.RecentAsync(10, HttpContext.RequestAborted);
        return View(new UnansweredSearchesSection(rows, rows.Count == 0 ? null : Chart(rows)));
    }

    private static string Chart(IReadOnlyList<(string Query, int Count)> rows) => SvgChart.HorizontalBars(
        new ChartText("graf-hledani-bez-vysledku", $"Hledání bez výsledků za posledních {Days} dní",
            $"Nejčastěji bez výsledku se hledalo „{rows[0].Query}“ ({CzechFormat.Number(rows[0].Count)}×). Všechny výrazy jsou v tabulce pod grafem.",
            "Počet hledání", "Hledaný výraz"),
        rows.Select(r => r.Query).ToList(),
        rows.Select(r => (double)r.Count).ToList(),
        ChartColors.Blue);
}

/// <summary>The section's rows and its chart (null when every search found something).</summary>
public sealed record UnansweredSearchesSection(IReadOnlyList<(string Query, int Count)> Rows, string? Chart);
