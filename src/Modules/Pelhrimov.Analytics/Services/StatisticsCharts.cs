using Pelhrimov.Core.Charts;
using Pelhrimov.Core.Formatting;

namespace Pelhrimov.Analytics.Services;

/// <summary>The charts of the statistics sections, each with a Czech title, summary and axis labels.</summary>
public static class StatisticsCharts
{
    public static string Traffic(IReadOnlyList<TrafficDay> days)
    {
        var busiest = days.MaxBy(d => d.Visits);
        var summary = $"Za posledních {days.Count} dní {CzechFormat.Number(days.Sum(d => d.Views))} zobrazení stránek a {CzechPlural.Visit.Count(days.Sum(d => d.Visits))}"
            + (busiest is { Visits: > 0 } ? $"; nejvíce návštěv {CzechFormat.DayAndMonth(busiest.Date)} ({CzechFormat.Number(busiest.Visits)})." : ".")
            + " Přesná čísla po dnech jsou v tabulce pod grafem.";
        return SvgChart.Line(
            new ChartText("graf-navstevnost", $"Návštěvnost za posledních {days.Count} dní", summary, "Den", "Počet"),
            days.Select(d => CzechFormat.DayAndMonth(d.Date)).ToList(),
            [
                new ChartSeries("Zobrazení stránek", days.Select(d => (double)d.Views).ToList(), ChartColors.Blue),
                new ChartSeries("Návštěvy", days.Select(d => (double)d.Visits).ToList(), ChartColors.Red, Dashed: true),
            ]);
    }

    public static string TopPages(IReadOnlyList<PageViews> pages, int days)
    {
        var summary = pages.Count == 0
            ? $"Za posledních {days} dní zatím nikdo žádnou stránku nezobrazil."
            : $"Nejvíce zobrazení za posledních {days} dní měla stránka {pages[0].Path} ({CzechFormat.Number(pages[0].Views)}). Všechny stránky jsou v tabulce pod grafem.";
        return SvgChart.HorizontalBars(
            new ChartText("graf-stranky", $"Nejnavštěvovanější stránky za posledních {days} dní", summary, "Zobrazení", "Stránka"),
            pages.Select(p => p.Path).ToList(),
            pages.Select(p => (double)p.Views).ToList(),
            ChartColors.Blue);
    }

    public static string StaffSignIns(IReadOnlyList<SignInDay> days)
    {
        var summary = $"Za posledních {days.Count} dní {CzechFormat.Number(days.Sum(d => d.SignIns))} přihlášení do administrace a "
            + $"{CzechFormat.Number(days.Sum(d => d.Failures))} neúspěšných pokusů. Přesná čísla po dnech jsou v tabulce pod grafem.";
        return SvgChart.Line(
            new ChartText("graf-prihlaseni", $"Přihlášení do administrace za posledních {days.Count} dní", summary, "Den", "Počet"),
            days.Select(d => CzechFormat.DayAndMonth(d.Date)).ToList(),
            [
                new ChartSeries("Přihlášení", days.Select(d => (double)d.SignIns).ToList(), ChartColors.Blue),
                new ChartSeries("Neúspěšné pokusy", days.Select(d => (double)d.Failures).ToList(), ChartColors.Red, Dashed: true),
            ]);
    }
}
