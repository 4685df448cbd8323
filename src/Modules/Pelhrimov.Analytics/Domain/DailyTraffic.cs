namespace Pelhrimov.Analytics.Domain;

/// <summary>Page views and visits of one day (Prague calendar); the only thing kept about visitors.</summary>
public sealed class DailyTraffic
{
    public DateOnly Date { get; set; }

    public long Views { get; set; }

    public long Visits { get; set; }
}
