namespace Pelhrimov.Core.Formatting;

/// <summary>
/// Czech plural forms after a count: 1 → <c>výsledek</c>, 2–4 → <c>výsledky</c>, 0 and 5 and more → <c>výsledků</c>
/// (21 too: in Czech only 1 to 4 themselves take the singular and the few-form).
/// </summary>
public sealed record CzechPlural(string One, string Few, string Many)
{
    public static readonly CzechPlural Result = new("výsledek", "výsledky", "výsledků");
    public static readonly CzechPlural Guide = new("návod", "návody", "návodů");
    public static readonly CzechPlural Document = new("dokument", "dokumenty", "dokumentů");
    public static readonly CzechPlural File = new("soubor", "soubory", "souborů");
    public static readonly CzechPlural Item = new("položka", "položky", "položek");
    public static readonly CzechPlural Link = new("odkaz", "odkazy", "odkazů");
    public static readonly CzechPlural Visit = new("návštěva", "návštěvy", "návštěv");
    public static readonly CzechPlural Citizen = new("občan", "občané", "občanů");

    /// <summary>The form that goes with <paramref name="count"/>.</summary>
    public string For(long count) => Math.Abs(count) switch
    {
        1 => One,
        >= 2 and <= 4 => Few,
        _ => Many,
    };

    /// <summary>The count and its word, joined by a non-breaking space: <c>3 návody</c>, <c>1 500 výsledků</c>.</summary>
    public string Count(long count) => CzechFormat.Number(count) + "\u00A0" + For(count);
}
