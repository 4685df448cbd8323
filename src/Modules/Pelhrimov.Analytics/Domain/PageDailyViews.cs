namespace Pelhrimov.Analytics.Domain;

/// <summary>Views of one page (lowercase path, no query) on one day.</summary>
public sealed class PageDailyViews
{
    /// <summary>Where paths beyond the daily cap are counted.</summary>
    public const string OtherPaths = "(ostatní)";

    public const int MaxPathLength = 300;

    public DateOnly Date { get; set; }

    public required string Path { get; set; }

    public long Views { get; set; }
}
