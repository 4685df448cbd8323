namespace Pelhrimov.Search.Domain;

/// <summary>How many times a query was searched on one day (Prague time), whatever it found; the query is lower-cased and folded.</summary>
public sealed class LoggedSearch
{
    public long Id { get; set; }

    public DateOnly Day { get; set; }

    public required string Query { get; set; }

    public int Count { get; set; }
}
