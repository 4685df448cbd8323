using System.Text.RegularExpressions;

namespace Pelhrimov.Payments.Statements;

/// <summary>
/// The Czech payment symbols (VS, SS, KS) of a camt.053 transaction. Banks put them in different places, so each symbol
/// is looked for in this order and the first place that has it wins: the structured creditor references
/// (<c>Strd/CdtrRefInf/Ref</c>: <c>VS:2026000123</c>, or bare digits for the VS), the <c>EndToEndId</c>
/// (<c>/VS2026000123/SS/KS0308</c> or <c>/VS/2026000123/SS/…</c>), then the unstructured message (<c>VS 2026000123</c>).
/// </summary>
internal static partial class CamtSymbols
{
    public static (string? Variable, string? Specific, string? Constant) Extract(
        IReadOnlyList<string> creditorReferences, string? endToEndId, string? unstructured)
    {
        string? variable = null, specific = null, constant = null;
        foreach (var reference in creditorReferences)
        {
            variable ??= Find(reference, "VS") ?? BareVariableSymbol(reference);
            specific ??= Find(reference, "SS");
            constant ??= Find(reference, "KS");
        }
        foreach (var text in new[] { endToEndId, unstructured })
        {
            if (text is null)
            {
                continue;
            }
            variable ??= Find(text, "VS");
            specific ??= Find(text, "SS");
            constant ??= Find(text, "KS");
        }
        return (variable, specific, constant);
    }

    private static string? Find(string text, string tag)
    {
        foreach (Match match in SymbolPattern().Matches(text))
        {
            if (string.Equals(match.Groups["tag"].Value, tag, StringComparison.OrdinalIgnoreCase))
            {
                return GpcFields.Symbol(match.Groups["digits"].Value);
            }
        }
        return null;
    }

    private static string? BareVariableSymbol(string reference)
    {
        var trimmed = reference.Trim();
        return trimmed.Length is > 0 and <= 10 && trimmed.All(char.IsAsciiDigit) ? GpcFields.Symbol(trimmed) : null;
    }

    // A tag not glued to a preceding letter ("/VS", " VS", "VS:" at the start), an optional ':' or '/' and spaces, then
    // at most ten digits not followed by another digit.
    [GeneratedRegex(@"(?<![A-Za-z])(?<tag>VS|SS|KS)(?:\s*[:/]\s*|\s+)?(?<digits>\d{1,10})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SymbolPattern();
}
