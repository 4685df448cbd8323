using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Filling;

namespace Pelhrimov.Forms.Builder;

/// <summary>
/// Ids the builder makes from what an editor typed: "Jméno psa" → <c>jmeno-psa</c>, unique across the form (a number
/// is added: <c>jmeno-psa-2</c>), never one of the words the filling pages reserve.
/// </summary>
public static class BuilderIds
{
    private const int MaxLength = 40;

    private static readonly HashSet<string> Reserved = ["pridat", "odebrat", "krok", "akce"];

    /// <summary>A new id from <paramref name="text"/>, starting with a letter, not in <paramref name="taken"/>.</summary>
    public static string From(string? text, IReadOnlySet<string> taken, string fallback)
    {
        var stem = Stem(text);
        if (stem.Length == 0 || !char.IsAsciiLetterLower(stem[0]))
        {
            stem = stem.Length == 0 ? fallback : fallback + "-" + stem;
        }
        stem = stem.Length <= MaxLength ? stem : stem[..MaxLength].TrimEnd('-');
        var id = stem;
        for (var n = 2; taken.Contains(id) || Reserved.Contains(id); n++)
        {
            id = $"{stem}-{n}";
        }
        return id;
    }

    /// <summary>Lower-case ASCII letters, digits and single dashes: "Počet psů (celkem)" → <c>pocet-psu-celkem</c>.</summary>
    public static string Stem(string? text)
    {
        var folded = CatalogueSearch.Fold(text ?? "");
        var chars = folded.Select(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Every id of steps, sections and fields in the form.</summary>
    public static HashSet<string> Taken(FormDefinition form) =>
        form.Steps.SelectMany(s => s.Sections.SelectMany(x => x.Fields.Select(f => f.Id)).Concat(s.Sections.Select(x => x.Id)).Append(s.Id))
            .ToHashSet(StringComparer.Ordinal);
}
