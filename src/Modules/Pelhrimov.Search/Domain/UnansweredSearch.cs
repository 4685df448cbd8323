namespace Pelhrimov.Search.Domain;

/// <summary>How many times a query found nothing on one day (Prague time); the query is lower-cased and folded.</summary>
public sealed class UnansweredSearch
{
    public long Id { get; set; }

    public DateOnly Day { get; set; }

    public required string Query { get; set; }

    public int Count { get; set; }
}
