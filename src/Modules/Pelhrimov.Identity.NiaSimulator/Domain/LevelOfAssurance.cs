namespace Pelhrimov.Identity.NiaSimulator.Domain;

/// <summary>The eIDAS levels of assurance, ordered: a higher value is a stronger means of identification.</summary>
public enum LevelOfAssurance
{
    Low = 1,
    Substantial = 2,
    High = 3,
}

/// <summary>How the levels are named in scopes, in the <c>acr</c> claim and on the page.</summary>
public static class LevelsOfAssurance
{
    public const string UriPrefix = "http://eidas.europa.eu/LoA/";

    /// <summary><c>http://eidas.europa.eu/LoA/low|substantial|high</c>, the value of the <c>acr</c> claim.</summary>
    public static string Uri(this LevelOfAssurance level) => UriPrefix + Name(level);

    /// <summary>The scope that asks for the level: <c>loalow</c>, <c>loasubstantial</c>, <c>loahigh</c>.</summary>
    public static string Scope(this LevelOfAssurance level) => "loa" + Name(level);

    public static string CzechName(this LevelOfAssurance level) => level switch
    {
        LevelOfAssurance.High => "vysoká",
        LevelOfAssurance.Substantial => "značná",
        _ => "nízká",
    };

    private static string Name(LevelOfAssurance level) => level.ToString().ToLowerInvariant();
}

/// <summary>How the reached level is compared with the requested one (scopes <c>loamin</c>, <c>loaexact</c>, <c>loamax</c>, <c>loabetter</c>).</summary>
/// <remarks>NIA does not document the OIDC semantics; these follow SAML's <c>RequestedAuthnContext Comparison</c>.</remarks>
public enum LevelComparison
{
    Minimum,
    Exact,
    Maximum,
    Better,
}
