namespace Pelhrimov.Watchdog.Services;

/// <summary>The watchdog's addresses.</summary>
public static class WatchdogPaths
{
    public const string List = "/muj-portal/hlidaci-pes";

    public const string New = List + "/novy";

    /// <summary>The calendar feed: outside <c>/muj-portal</c>, since a calendar application has no session.</summary>
    public const string FeedPrefix = "/hlidaci-pes/kalendar/";

    public static string Edit(Guid id) => $"{List}/{id:D}/upravit";

    public static string Delete(Guid id) => $"{List}/{id:D}/smazat";

    public static string Feed(string token) => FeedPrefix + token + ".ics";
}
