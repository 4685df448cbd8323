using Pelhrimov.Search.Domain;

namespace Pelhrimov.Search.Services;

/// <summary>A logged search that a thesaurus entry changes: how often it was searched and what it finds without and with the entry.</summary>
public sealed record ChangedSearch(string Query, int Searches, int Without, int With);

/// <summary>
/// Which of the searches people made in the last <see cref="SearchQueryLog.RecentDays"/> days a thesaurus entry changes:
/// those in which one of the entry's phrases matches (as the thesaurus matches at query time) and so adds its synonyms,
/// with the number of items found without the entry and with it, for the editor of the entry.
/// </summary>
public sealed class ThesaurusImpact(SearchQueryLog log, ThesaurusEntries entries, SearchService search, SearchIndex index)
{
    /// <summary>Most searches looked at (the most frequent of the period) and most shown.</summary>
    public const int Considered = 2000;
    public const int Shown = 20;

    public async Task<IReadOnlyList<ChangedSearch>> ChangedSearchesAsync(ThesaurusEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var logged = await log.TopAsync(log.Today.AddDays(-(SearchQueryLog.RecentDays - 1)), Considered, cancellationToken);
        var only = Thesaurus.Compile([entry], index.Analyzer, 0);
        var changed = logged.Where(l => only.Expand(search.Words(l.Query)).Any(c => c.Alternatives.Count > 0)).Take(Shown).ToList();
        if (changed.Count == 0)
        {
            return [];
        }
        var all = await entries.AllAsync(cancellationToken);
        var with = Thesaurus.Compile(all, index.Analyzer, 0);
        var without = Thesaurus.Compile(all.Where(e => e.Id != entry.Id), index.Analyzer, 0);
        return changed.Select(l => new ChangedSearch(l.Query, l.Count, search.Total(l.Query, without), search.Total(l.Query, with))).ToList();
    }
}
