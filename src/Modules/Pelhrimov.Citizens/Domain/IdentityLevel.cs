namespace Pelhrimov.Citizens.Domain;

/// <summary>eIDAS level of assurance of an electronic identification, in increasing order.</summary>
public enum IdentityLevel
{
    Low = 1,
    Substantial = 2,
    High = 3,
}

public static class IdentityLevels
{
    private const string EidasPrefix = "http://eidas.europa.eu/LoA/";

    /// <summary>The configuration and claim value: <c>low</c>, <c>substantial</c>, <c>high</c>.</summary>
    public static string Code(this IdentityLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>The eIDAS URI, as in an <c>acr</c> claim.</summary>
    public static string Uri(this IdentityLevel level) => EidasPrefix + level.Code();

    /// <summary>NIA's scope that asks for at least this level: <c>loalow</c>, <c>loasubstantial</c>, <c>loahigh</c>.</summary>
    public static string Scope(this IdentityLevel level) => "loa" + level.Code();

    /// <summary>Czech name, as the citizen sees it: nízká, značná, vysoká.</summary>
    public static string CzechName(this IdentityLevel level) => level switch
    {
        IdentityLevel.High => "vysoká",
        IdentityLevel.Substantial => "značná",
        _ => "nízká",
    };

    /// <summary>Reads a code (<c>substantial</c>) or an eIDAS URI (<c>http://eidas.europa.eu/LoA/substantial</c>).</summary>
    public static IdentityLevel? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var code = value.Trim();
        if (code.StartsWith(EidasPrefix, StringComparison.OrdinalIgnoreCase))
        {
            code = code[EidasPrefix.Length..];
        }
        return code.ToLowerInvariant() switch
        {
            "low" => IdentityLevel.Low,
            "substantial" => IdentityLevel.Substantial,
            "high" => IdentityLevel.High,
            _ => null,
        };
    }
}
