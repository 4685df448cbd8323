using System.Globalization;
using System.Text;

namespace Pelhrimov.Forms.Filling;

/// <summary>The catalogue's search box: every word must occur in the title, summary, department or keywords, without regard to case or diacritics.</summary>
public static class CatalogueSearch
{
    public static bool Matches(CatalogueEntry form, string query)
    {
        var haystack = Fold($"{form.Title} {form.Summary} {form.Department} {string.Join(' ', form.Keywords)}");
        return Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => haystack.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>Lower case without diacritics: "Ohlášení psa" → "ohlaseni psa".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLower(CultureInfo.InvariantCulture).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }
        return builder.ToString();
    }
}
