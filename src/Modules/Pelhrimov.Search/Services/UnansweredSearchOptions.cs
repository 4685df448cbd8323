namespace Pelhrimov.Search.Services;

/// <summary>
/// Bounds of the table of searches without results (configuration section <c>Search:Unanswered</c>). Anyone can
/// search, so without bounds anonymous requests could grow the table forever.
/// </summary>
public sealed class UnansweredSearchOptions
{
    /// <summary>Most distinct queries kept per day; later new ones that day are not recorded (known ones still count).</summary>
    public int MaxQueriesPerDay { get; set; } = 1000;

    /// <summary>Days a row is kept; older rows are deleted by <see cref="UnansweredSearches.PruneAsync"/>.</summary>
    public int RetentionDays { get; set; } = 180;

    /// <summary>Characters of a query that are stored; longer ones are cut (nobody reads more on the dashboard).</summary>
    public int MaxQueryLength { get; set; } = 100;
}
