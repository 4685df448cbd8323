namespace Pelhrimov.Forms.Engine.Expressions;

/// <summary>The functions a calculation may call, with how many arguments each takes.</summary>
internal static class Functions
{
    public static readonly IReadOnlyDictionary<string, (int Min, int Max)> Arity = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["if"] = (3, 3),
        ["min"] = (1, 20),
        ["max"] = (1, 20),
        ["round"] = (1, 2),
        ["floor"] = (1, 1),
        ["ceil"] = (1, 1),
        ["count"] = (1, 1),
        ["sum"] = (1, 1),
        ["today"] = (0, 0),
        ["age"] = (1, 1),
        ["monthsLeft"] = (1, 1),
        ["year"] = (1, 1),
        ["month"] = (1, 1),
    };

    /// <summary>Functions whose argument names a repeatable section (<c>count(psi)</c>) or a field in it (<c>sum(psi.poplatek)</c>).</summary>
    public static bool TakesSection(string function) => function is "count" or "sum";
}
