using Pelhrimov.Search.Domain;

namespace Pelhrimov.Search.Services;

/// <summary>A part of a query: the words the visitor typed (one, or the several a thesaurus phrase matched) and the phrases
/// the thesaurus adds for them. Each word is its one or two stems; a phrase is its words.</summary>
public sealed record QueryClause(IReadOnlyList<IReadOnlyList<string>> Typed, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Alternatives);

/// <summary>
/// The thesaurus compiled for query time: every phrase of every entry analyzed by the index's own Czech analyzer (so
/// "občanka", "obcanku" and "Občanky" are one key), and for each phrase the phrases it expands to. Immutable; a change
/// builds a new one (<see cref="ThesaurusCache"/>). Expansion is one pass: an expansion is never expanded again, so an
/// entry cannot make a query grow without bound.
/// </summary>
public sealed class Thesaurus
{
    /// <summary>At most this many phrases are added for one phrase of a query (an entry above it is refused).</summary>
    public const int MaxExpansions = 20;

    /// <summary>A phrase has at most this many words.</summary>
    public const int MaxPhraseWords = 6;

    public static readonly Thesaurus Empty = new(new Dictionary<string, Rule>(), [], -1);

    private readonly Dictionary<string, List<Rule>> _byFirstStem = new(StringComparer.Ordinal);

    private Thesaurus(Dictionary<string, Rule> rules, IReadOnlyList<string> words, long version)
    {
        Version = version;
        Rules = rules.Count;
        Words = words;
        foreach (var rule in rules.Values)
        {
            foreach (var stem in rule.Pattern[0])
            {
                if (!_byFirstStem.TryGetValue(stem, out var list))
                {
                    _byFirstStem[stem] = list = [];
                }
                list.Add(rule);
            }
        }
    }

    /// <summary>The <see cref="ThesaurusState.Version"/> this was compiled from; -1 before the first load.</summary>
    public long Version { get; }

    /// <summary>How many distinct phrases expand to something.</summary>
    public int Rules { get; }

    /// <summary>Every phrase of every entry as an editor wrote it (the words "Měli jste na mysli…" may offer).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Whether a phrase starting with this stem expands to something.</summary>
    public bool Expands(string stem) => _byFirstStem.ContainsKey(stem);

    /// <summary>The phrases of one side of an entry, as an editor wrote them: separated by commas.</summary>
    public static IReadOnlyList<string> SplitPhrases(string? side) =>
        (side ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The key of an analyzed phrase: each word's first stem (folded, then stemmed).</summary>
    public static string Key(IReadOnlyList<IReadOnlyList<string>> phrase) => string.Join(' ', phrase.Select(w => w[0]));

    public static Thesaurus Compile(IEnumerable<ThesaurusEntry> entries, CzechSearchAnalyzer analyzer, long version)
    {
        var list = entries.ToList();
        return new(Expansions(list, analyzer), [.. list.SelectMany(e => SplitPhrases(e.Terms).Concat(SplitPhrases(e.Synonyms)))], version);
    }

    /// <summary>Every phrase that expands, keyed by <see cref="Key"/>, with what it expands to.</summary>
    internal static Dictionary<string, Rule> Expansions(IEnumerable<ThesaurusEntry> entries, CzechSearchAnalyzer analyzer)
    {
        var rules = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var left = Analyze(entry.Terms, analyzer);
            var right = Analyze(entry.Synonyms, analyzer);
            var sources = entry.TwoWay ? left.Concat(right).ToList() : left;
            var targets = entry.TwoWay ? left.Concat(right).ToList() : right;
            foreach (var source in sources)
            {
                var key = Key(source);
                if (!rules.TryGetValue(key, out var rule))
                {
                    rules[key] = rule = new Rule(source, new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal));
                }
                foreach (var target in targets)
                {
                    var targetKey = Key(target);
                    if (targetKey != key)
                    {
                        rule.Expansions.TryAdd(targetKey, target);
                    }
                }
            }
        }
        return rules;
    }

    internal static List<IReadOnlyList<IReadOnlyList<string>>> Analyze(string side, CzechSearchAnalyzer analyzer) =>
        SplitPhrases(side).Select(p => analyzer.Words(SearchFields.Text, p)).Where(w => w.Count > 0 && w.Count <= MaxPhraseWords).ToList();

    /// <summary>
    /// The clauses of a query: at each word the longest thesaurus phrase starting there (a word matches a phrase's word
    /// when they share a stem) becomes one clause with its expansions; any other word is a clause of its own.
    /// </summary>
    public IReadOnlyList<QueryClause> Expand(IReadOnlyList<IReadOnlyList<string>> words)
    {
        var clauses = new List<QueryClause>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            Rule? best = null;
            foreach (var stem in words[i])
            {
                if (_byFirstStem.TryGetValue(stem, out var candidates))
                {
                    foreach (var rule in candidates)
                    {
                        if ((best is null || rule.Pattern.Count > best.Pattern.Count) && Matches(rule.Pattern, words, i))
                        {
                            best = rule;
                        }
                    }
                }
            }
            if (best is null || best.Expansions.Count == 0)
            {
                clauses.Add(new QueryClause([words[i]], []));
                i++;
            }
            else
            {
                clauses.Add(new QueryClause(words.Skip(i).Take(best.Pattern.Count).ToList(), best.Expansions.Values.Take(MaxExpansions).ToList()));
                i += best.Pattern.Count;
            }
        }
        return clauses;
    }

    private static bool Matches(IReadOnlyList<IReadOnlyList<string>> pattern, IReadOnlyList<IReadOnlyList<string>> words, int start)
    {
        if (start + pattern.Count > words.Count)
        {
            return false;
        }
        for (var k = 0; k < pattern.Count; k++)
        {
            if (!pattern[k].Any(words[start + k].Contains))
            {
                return false;
            }
        }
        return true;
    }

    internal sealed record Rule(IReadOnlyList<IReadOnlyList<string>> Pattern, Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> Expansions);
}
