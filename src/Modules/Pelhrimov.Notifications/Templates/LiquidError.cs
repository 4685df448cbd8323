using System.Globalization;
using System.Text.RegularExpressions;

namespace Pelhrimov.Notifications.Templates;

/// <summary>Turns Fluid's parse error into a Czech sentence that names the part and the line.</summary>
public static partial class LiquidError
{
    public static string Describe(string partName, string? error)
    {
        var detail = error ?? "";
        var position = Position().Match(detail);
        var where = position.Success
            ? $"na řádku {int.Parse(position.Groups["line"].Value, CultureInfo.InvariantCulture)}"
            : "na neurčeném místě";
        return $"{partName}: chyba v zápisu šablony {where}. Zkontrolujte párové značky {{% if %}} … {{% endif %}}, "
            + $"{{% for %}} … {{% endfor %}} a dvojité složené závorky. (Podrobnost: {detail})";
    }

    // Fluid ends its messages with the position as "(line:column)".
    [GeneratedRegex(@"\((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex Position();
}
