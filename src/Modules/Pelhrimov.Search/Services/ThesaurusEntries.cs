using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Audit;
using Pelhrimov.Search.Data;
using Pelhrimov.Search.Domain;

namespace Pelhrimov.Search.Services;

/// <summary>What an editor enters for one thesaurus entry.</summary>
public sealed record ThesaurusInput(string? Terms, string? Synonyms, bool TwoWay);

/// <summary>An input refused: the field (<c>Terms</c>, <c>Synonyms</c> or empty for the whole entry) and a Czech message.</summary>
public sealed record ThesaurusError(string Field, string Message);

/// <summary>Reads and changes the thesaurus: every change is checked, audited and raises the version every node compares with.</summary>
public sealed partial class ThesaurusEntries(SearchDbContext db, SearchIndex index, ThesaurusCache cache, IAuditLog audit, TimeProvider clock)
{
    public const int MaxPhrasesPerSide = Thesaurus.MaxExpansions;

    public Task<List<ThesaurusEntry>> AllAsync(CancellationToken cancellationToken) =>
        db.Thesaurus.AsNoTracking().OrderBy(e => e.Terms).ThenBy(e => e.Id).ToListAsync(cancellationToken);

    public Task<ThesaurusEntry?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Thesaurus.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>Checks <paramref name="input"/> against the whole thesaurus (with the entry <paramref name="replacing"/> left out).</summary>
    public async Task<IReadOnlyList<ThesaurusError>> ValidateAsync(ThesaurusInput input, int? replacing, CancellationToken cancellationToken)
    {
        var others = await db.Thesaurus.AsNoTracking().Where(e => replacing == null || e.Id != replacing).ToListAsync(cancellationToken);
        return Validate(input, others, index.Analyzer);
    }

    /// <summary>The checks of one entry among <paramref name="others"/>: Lucene syntax, empty or stop-word-only phrases, too many
    /// phrases, an entry that points at itself or closes a loop of one-way entries, and a phrase that would expand to more than
    /// <see cref="Thesaurus.MaxExpansions"/> phrases.</summary>
    public static IReadOnlyList<ThesaurusError> Validate(ThesaurusInput input, IReadOnlyList<ThesaurusEntry> others, CzechSearchAnalyzer analyzer)
    {
        var errors = new List<ThesaurusError>();
        CheckSide(nameof(ThesaurusInput.Terms), "Hledané výrazy", input.Terms, ThesaurusEntry.MaxTermsLength, analyzer, errors);
        CheckSide(nameof(ThesaurusInput.Synonyms), "Synonyma", input.Synonyms, ThesaurusEntry.MaxSynonymsLength, analyzer, errors);
        if (errors.Count > 0)
        {
            return errors;
        }
        var left = Thesaurus.Analyze(input.Terms!, analyzer).Select(Thesaurus.Key).ToHashSet();
        var right = Thesaurus.Analyze(input.Synonyms!, analyzer).Select(Thesaurus.Key).ToHashSet();
        if (left.Intersect(right).FirstOrDefault() is { } both)
        {
            errors.Add(new(nameof(ThesaurusInput.Synonyms), $"Výraz „{Display(input, both, analyzer)}“ je na obou stranách, položka by odkazovala sama na sebe."));
            return errors;
        }
        if (!input.TwoWay && Loop(left, right, others, analyzer) is { } loop)
        {
            errors.Add(new(nameof(ThesaurusInput.Synonyms),
                $"Položka by vytvořila smyčku ({loop}). Mají-li výrazy stejný význam, zaškrtněte „Platí oběma směry“."));
            return errors;
        }
        var candidate = new ThesaurusEntry { Terms = input.Terms!, Synonyms = input.Synonyms!, TwoWay = input.TwoWay };
        var rules = Thesaurus.Expansions([.. others, candidate], analyzer);
        var widest = rules.Where(r => left.Contains(r.Key) || right.Contains(r.Key)).MaxBy(r => r.Value.Expansions.Count);
        if (widest.Value is { } rule && rule.Expansions.Count > Thesaurus.MaxExpansions)
        {
            errors.Add(new(nameof(ThesaurusInput.Synonyms),
                $"Výraz „{Display(input, widest.Key, analyzer)}“ by se rozšířil na {rule.Expansions.Count} výrazů, nejvýše lze {Thesaurus.MaxExpansions}. Rozdělte položku na užší skupiny."));
        }
        return errors;
    }

    public async Task<(ThesaurusEntry? Entry, IReadOnlyList<ThesaurusError> Errors)> SaveAsync(int? id, ThesaurusInput input, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(input, id, cancellationToken);
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        ThesaurusEntry? entry;
        if (id is { } existing)
        {
            entry = await db.Thesaurus.FirstOrDefaultAsync(e => e.Id == existing, cancellationToken);
            if (entry is null)
            {
                return (null, [new("", "Položka mezitím byla smazána.")]);
            }
        }
        else
        {
            entry = new ThesaurusEntry { Terms = "", Synonyms = "" };
            db.Thesaurus.Add(entry);
        }
        entry.Terms = Normalize(input.Terms!);
        entry.Synonyms = Normalize(input.Synonyms!);
        entry.TwoWay = input.TwoWay;
        entry.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await CommitAsync(id is null ? "search.thesaurus.added" : "search.thesaurus.changed", entry, cancellationToken);
        return (entry, []);
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var entry = await db.Thesaurus.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return false;
        }
        db.Thesaurus.Remove(entry);
        await CommitAsync("search.thesaurus.deleted", entry, cancellationToken);
        return true;
    }

    /// <summary>Adds the entries of an import (already validated one by one against the thesaurus and each other) at once.</summary>
    public async Task ImportAsync(IReadOnlyList<ThesaurusInput> inputs, string? auditAction, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Thesaurus.AddRange(inputs.Select(i => new ThesaurusEntry { Terms = Normalize(i.Terms!), Synonyms = Normalize(i.Synonyms!), TwoWay = i.TwoWay, UpdatedUtc = now }));
        await BumpAndSaveAsync(cancellationToken);
        if (auditAction is not null)
        {
            await audit.RecordAsync(auditAction, "ThesaurusEntry", null, $"{inputs.Count} položek", cancellationToken: cancellationToken);
        }
        await cache.RefreshAsync(cancellationToken);
    }

    /// <summary>Validates rows of an import in order, each against the thesaurus and the rows before it; returns the errors by row number (1-based).</summary>
    public async Task<IReadOnlyList<(int Row, ThesaurusError Error)>> ValidateImportAsync(IReadOnlyList<ThesaurusInput> inputs, CancellationToken cancellationToken)
    {
        var entries = await db.Thesaurus.AsNoTracking().ToListAsync(cancellationToken);
        var errors = new List<(int, ThesaurusError)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var rowErrors = Validate(inputs[i], entries, index.Analyzer);
            errors.AddRange(rowErrors.Select(e => (i + 1, e)));
            if (rowErrors.Count == 0)
            {
                entries.Add(new ThesaurusEntry { Terms = inputs[i].Terms!, Synonyms = inputs[i].Synonyms!, TwoWay = inputs[i].TwoWay });
            }
        }
        return errors;
    }

    private async Task CommitAsync(string action, ThesaurusEntry entry, CancellationToken cancellationToken)
    {
        await BumpAndSaveAsync(cancellationToken);
        await audit.RecordAsync(action, "ThesaurusEntry", entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{entry.Terms} {(entry.TwoWay ? "⇄" : "→")} {entry.Synonyms}", cancellationToken: cancellationToken);
        await cache.RefreshAsync(cancellationToken);
    }

    // The version rises in the same transaction as the change, so a node that sees the new version also sees the change.
    private async Task BumpAndSaveAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.ThesaurusState.Where(s => s.Id == ThesaurusState.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Normalize(string side) => string.Join(", ", Thesaurus.SplitPhrases(side).Select(p => Spaces().Replace(p, " ")));

    private static void CheckSide(string field, string label, string? side, int maxLength, CzechSearchAnalyzer analyzer, List<ThesaurusError> errors)
    {
        var phrases = Thesaurus.SplitPhrases(side);
        if (phrases.Count == 0)
        {
            errors.Add(new(field, $"Vyplňte pole „{label}“: aspoň jedno slovo nebo sousloví."));
            return;
        }
        if (side!.Length > maxLength)
        {
            errors.Add(new(field, $"Pole „{label}“ může mít nejvýše {maxLength} znaků."));
            return;
        }
        if (phrases.Count > MaxPhrasesPerSide)
        {
            errors.Add(new(field, $"Pole „{label}“ může obsahovat nejvýše {MaxPhrasesPerSide} výrazů oddělených čárkou."));
            return;
        }
        foreach (var phrase in phrases)
        {
            if (LuceneSyntax().Match(phrase) is { Success: true } syntax)
            {
                errors.Add(new(field, $"Výraz „{phrase}“ obsahuje „{syntax.Value}“, znak nebo slovo vyhledávací syntaxe. Pište jen slova oddělená mezerami, výrazy oddělujte čárkou."));
                return;
            }
            var words = analyzer.Words(SearchFields.Text, phrase);
            if (words.Count == 0)
            {
                errors.Add(new(field, $"Výraz „{phrase}“ obsahuje jen slova, podle kterých se nehledá (například „a“, „na“, „v“)."));
                return;
            }
            if (words.Count > Thesaurus.MaxPhraseWords)
            {
                errors.Add(new(field, $"Výraz „{phrase}“ má víc než {Thesaurus.MaxPhraseWords} slov."));
                return;
            }
        }
    }

    /// <summary>A path back from a synonym to a term through one-way entries, which this entry would close into a loop.</summary>
    private static string? Loop(HashSet<string> left, HashSet<string> right, IReadOnlyList<ThesaurusEntry> others, CzechSearchAnalyzer analyzer)
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        // How an editor wrote each phrase, to show the loop in words rather than stems.
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        List<string> Keys(string side) => Thesaurus.SplitPhrases(side)
            .Select(p => (Phrase: p, Words: analyzer.Words(SearchFields.Text, p)))
            .Where(x => x.Words.Count > 0)
            .Select(x => { var key = Thesaurus.Key(x.Words); written.TryAdd(key, x.Phrase); return key; })
            .ToList();
        foreach (var entry in others.Where(e => !e.TwoWay))
        {
            var targets = Keys(entry.Synonyms);
            foreach (var source in Keys(entry.Terms))
            {
                if (!edges.TryGetValue(source, out var set))
                {
                    edges[source] = set = [];
                }
                set.UnionWith(targets);
            }
        }
        foreach (var start in right)
        {
            var previous = new Dictionary<string, string?> { [start] = null };
            var queue = new Queue<string>([start]);
            while (queue.TryDequeue(out var node))
            {
                if (left.Contains(node))
                {
                    var path = new List<string>();
                    for (string? at = node; at is not null; at = previous[at])
                    {
                        path.Add(at);
                    }
                    path.Reverse();
                    return string.Join(" → ", new[] { path[^1] }.Concat(path).Select(k => written.GetValueOrDefault(k, k)));
                }
                foreach (var next in edges.GetValueOrDefault(node) ?? [])
                {
                    if (previous.TryAdd(next, node))
                    {
                        queue.Enqueue(next);
                    }
                }
            }
        }
        return null;
    }

    // The phrase of the input whose key is <paramref name="key"/>, as the editor wrote it.
    private static string Display(ThesaurusInput input, string key, CzechSearchAnalyzer analyzer) =>
        Thesaurus.SplitPhrases(input.Terms).Concat(Thesaurus.SplitPhrases(input.Synonyms))
            .FirstOrDefault(p => analyzer.Words(SearchFields.Text, p) is { Count: > 0 } w && Thesaurus.Key(w) == key) ?? key;

    /// <summary>Characters and operators of Lucene's query syntax (a slash stays allowed: "ZTP/P").</summary>
    [GeneratedRegex(@"[""*?~^:()\[\]{}\\+!&|<>=]|\b(AND|OR|NOT|TO)\b")]
    private static partial Regex LuceneSyntax();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
