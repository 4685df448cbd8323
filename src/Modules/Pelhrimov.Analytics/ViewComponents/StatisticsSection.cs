using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Pelhrimov.Analytics.Services;

namespace Pelhrimov.Analytics.ViewComponents;

/// <summary>What a statistics section shows: its chart, its rows and whether the table is shown open (the full page).</summary>
public sealed record StatisticsSection<TRow>(int Days, string Chart, IReadOnlyList<TRow> Rows, bool Full);

public static class StatisticsPage
{
    /// <summary>Set by the full statistics page; the dashboard shows the same sections with their tables folded.</summary>
    public const string FullKey = "StatisticsFull";

    public static bool IsFull(ViewDataDictionary viewData) => viewData[FullKey] is true;
}
