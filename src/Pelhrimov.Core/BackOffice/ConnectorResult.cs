using Pelhrimov.Core.Formatting;

namespace Pelhrimov.Core.BackOffice;

/// <summary>
/// What a connector to a back-office system answered and how fresh it is: live (the system answered now), the last good
/// answer kept in the portal's database (the system is slow or down: <see cref="IsStale"/>, as of <see cref="AsOfUtc"/>),
/// or nothing (<see cref="IsAvailable"/> false: the system is down and nothing was kept for this person set and query).
/// </summary>
public sealed record ConnectorResult<T>
{
    internal ConnectorResult(T value, bool isAvailable, bool isStale, DateTime? asOfUtc)
    {
        Value = value;
        IsAvailable = isAvailable;
        IsStale = isStale;
        AsOfUtc = asOfUtc;
    }

    /// <summary>The data; the type's default when <see cref="IsAvailable"/> is false.</summary>
    public T Value { get; }

    public bool IsAvailable { get; }

    /// <summary>True for the last good answer shown because the system did not answer now (and for no answer at all).</summary>
    public bool IsStale { get; }

    /// <summary>When the data was read from the back office; null when nothing is available.</summary>
    public DateTime? AsOfUtc { get; }

    public ConnectorResult<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new(IsAvailable ? map(Value) : default!, IsAvailable, IsStale, AsOfUtc);
    }
}

/// <summary>Makes <see cref="ConnectorResult{T}"/>s.</summary>
public static class ConnectorResult
{
    public static ConnectorResult<T> Live<T>(T value, DateTime asOfUtc) => new(value, true, false, asOfUtc);

    public static ConnectorResult<T> Cached<T>(T value, DateTime asOfUtc) => new(value, true, true, asOfUtc);

    public static ConnectorResult<T> Unavailable<T>() => new(default!, false, true, null);
}

/// <summary>The Czech notices the citizen pages show for data that is not live.</summary>
public static class BackOfficeNotice
{
    public const string FinanceSystem = "finanční systém města";

    public const string RecordsSystem = "spisová služba";

    /// <summary>
    /// "Údaje k 4. 12. 2026 10:15 — spisová služba teď neodpovídá, zobrazujeme poslední známý stav." for a stale result, a
    /// notice that there is nothing to show for an unavailable one, null for live data.
    /// </summary>
    public static string? For<T>(ConnectorResult<T> result, string system)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsStale)
        {
            return null;
        }
        return result.AsOfUtc is { } asOf
            ? $"Údaje k {CzechFormat.DateAndTime(asOf)} — {system} teď neodpovídá, zobrazujeme poslední známý stav."
            : Unavailable(system);
    }

    public static string Unavailable(string system) =>
        $"{char.ToUpper(system[0], CzechFormat.Culture)}{system[1..]} teď neodpovídá a poslední známý stav nemáme uložený. Zkuste to prosím za chvíli znovu.";
}
