namespace Pelhrimov.Search.Domain;

/// <summary>How many times a query was searched on one day (Prague time); the query is lower-cased and folded.</summary>
public abstract class DailySearchCount
{
    public long Id { get; set; }

    public DateOnly Day { get; set; }

    public required string Query { get; set; }

    public int Count { get; set; }
}

/// <summary>How many times a query found nothing on one day.</summary>
public sealed class UnansweredSearch : DailySearchCount;
