namespace Pelhrimov.Analytics.Services;

/// <summary>The period a statistics section covers: 30 days, or 365 with <c>?obdobi=365</c>.</summary>
public static class StatisticsPeriod
{
    public const int Month = 30;

    public const int Year = 365;

    public const string QueryName = "obdobi";

    public static int Parse(string? value) => value == "365" ? Year : Month;
}
