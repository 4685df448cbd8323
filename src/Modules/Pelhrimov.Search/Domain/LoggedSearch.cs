namespace Pelhrimov.Search.Domain;

/// <summary>How many times a query was searched on the search page on one day, whatever it found (the search log).</summary>
public sealed class LoggedSearch : DailySearchCount;
