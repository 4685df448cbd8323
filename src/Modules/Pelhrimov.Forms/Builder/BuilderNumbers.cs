using System.Globalization;
using Pelhrimov.Core.Formatting;

namespace Pelhrimov.Forms.Builder;

/// <summary>Numbers as editors type them: "1 500", "1500,5", "0.5"; empty is no number.</summary>
public static class BuilderNumbers
{
    public static bool TryRead(string? text, out decimal? value)
    {
        value = null;
        var clean = text?.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(clean))
        {
            return true;
        }
        clean = clean.Replace('.', ',');
        if (decimal.TryParse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CzechFormat.Culture, out var number))
        {
            value = number;
            return true;
        }
        return false;
    }

    public static bool TryReadWhole(string? text, out int? value)
    {
        value = null;
        if (!TryRead(text, out var number))
        {
            return false;
        }
        if (number is { } n)
        {
            if (n != decimal.Truncate(n) || n < int.MinValue || n > int.MaxValue)
            {
                return false;
            }
            value = (int)n;
        }
        return true;
    }
}
