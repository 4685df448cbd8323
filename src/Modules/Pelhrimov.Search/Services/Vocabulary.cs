using System.Globalization;
namespace Pelhrimov.Search.Services;

/// <summary>
/// The words a correction may suggest (<see cref="DidYouMean"/>): lower-cased as written, with their folded form and how
/// often they occur. <see cref="Closest"/> compares folded forms, so a missing háček costs nothing and a typo one edit.
/// </summary>
public sealed class Vocabulary
{
    private const int MinLength = 4;

    private readonly List<Entry> _entries;

    private Vocabulary(List<Entry> entries) => _entries = entries;

    public int Count => _entries.Count;

    private sealed record Entry(string Word, string Folded, int Occurrences);

    /// <summary>The words of titles and thesaurus phrases.</summary>
    public static Vocabulary Build(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in WordsOf(text))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }
        var entries = counts.Select(c => new Entry(c.Key, CzechSearchAnalyzer.Fold(c.Key), c.Value)).ToList();
        return new Vocabulary(entries);
    }

    /// <summary>The word closest to <paramref name="typed"/>: at most one edit for a word of up to five letters, two for a
    /// longer one; the most frequent of equally close words; null when none is that close or the typed word is one of them.</summary>
    public string? Closest(string typed)
    {
        var folded = CzechSearchAnalyzer.Fold(typed);
        var limit = folded.Length <= 5 ? 1 : 2;
        Entry? best = null;
        var bestDistance = int.MaxValue;
        foreach (var entry in _entries)
        {
            if (Math.Abs(entry.Folded.Length - folded.Length) > limit)
            {
                continue;
            }
            var distance = Distance(entry.Folded, folded, limit);
            if (distance == 0)
            {
                return null;   // the same word with other diacritics: the search finds it already
            }
            if (distance < bestDistance || (distance == bestDistance && entry.Occurrences > best!.Occurrences))
            {
                best = entry;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? best!.Word : null;
    }

    /// <summary>Words of a title or a thesaurus phrase: letters only, at least <see cref="MinLength"/> of them, lower case.</summary>
    public static IEnumerable<string> WordsOf(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= MinLength)
                {
                    yield return text[start..i].ToLower(CultureInfo.GetCultureInfo("cs-CZ"));
                }
                start = -1;
            }
        }
    }

    /// <summary>Optimal string alignment distance (an adjacent swap is one edit); anything above <paramref name="limit"/> is limit + 1.</summary>
    public static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }
            if (rowMinimum > limit)
            {
                return limit + 1;
            }
            (previous2, previous, current) = (previous, current, previous2);
        }
        return Math.Min(previous[b.Length], limit + 1);
    }
}
