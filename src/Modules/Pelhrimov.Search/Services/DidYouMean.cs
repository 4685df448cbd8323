using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pelhrimov.Search.Services;

/// <summary>
/// "Měli jste na mysli…" for a query that found little: each word that neither the index nor the thesaurus knows is
/// replaced by the closest word (by edits, diacritics ignored) of the titles of the answers — life situations, forms and
/// pages — or of the thesaurus, so "popelnce" becomes "popelnice" and "ridicak" "řidičák". The vocabulary is built from
/// the index on first need and again only when the index or the thesaurus changed (docs/search.md, "Did you mean").
/// </summary>
public sealed class DidYouMean
{
    /// <summary>A query with fewer results than this is offered a correction (if one finds more).</summary>
    public const int FewResults = 3;

    /// <summary>The kinds whose titles are the vocabulary: the answers citizens look for, not the news.</summary>
    private static readonly string[] AnswerKinds = ["LifeSituation", "Form", "Page"];

    private const int MaxTitles = 50_000;

    private Cached? _cached;

    /// <summary>A vocabulary and what it was built from: the index as one reader saw it and one thesaurus version.</summary>
    private sealed record Cached(IndexReader Reader, long ThesaurusVersion, Vocabulary Vocabulary);

    /// <summary>The query with its unknown words corrected, or null when no word needed or found a correction.</summary>
    public string? Correct(IndexSearcher searcher, CzechSearchAnalyzer analyzer, Thesaurus thesaurus, string text)
    {
        var vocabulary = VocabularyFor(searcher, thesaurus);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (Known(searcher.IndexReader, analyzer, thesaurus, words[i]))
            {
                continue;
            }
            if (vocabulary.Closest(words[i]) is { } closest)
            {
                words[i] = closest;
                changed = true;
            }
        }
        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>A word the index has, or the thesaurus expands, or too short (or not a word) to correct.</summary>
    private static bool Known(IndexReader reader, CzechSearchAnalyzer analyzer, Thesaurus thesaurus, string word)
    {
        if (CzechSearchAnalyzer.Fold(word).Length < 4 || !word.All(char.IsLetter))
        {
            return true;
        }
        var stems = analyzer.Words(SearchFields.Text, word).SelectMany(w => w).ToList();
        return stems.Count == 0 || stems.Any(stem => thesaurus.Expands(stem)
            || reader.DocFreq(new Term(SearchFields.Text, stem)) > 0 || reader.DocFreq(new Term(SearchFields.Title, stem)) > 0);
    }

    private Vocabulary VocabularyFor(IndexSearcher searcher, Thesaurus thesaurus)
    {
        var reader = searcher.IndexReader;
        var current = Volatile.Read(ref _cached);
        if (current is not null && ReferenceEquals(current.Reader, reader) && current.ThesaurusVersion == thesaurus.Version)
        {
            return current.Vocabulary;
        }
        var built = Vocabulary.Build(Titles(searcher).Concat(thesaurus.Words));
        Volatile.Write(ref _cached, new Cached(reader, thesaurus.Version, built));
        return built;
    }

    private static IEnumerable<string> Titles(IndexSearcher searcher)
    {
        var reader = searcher.IndexReader;
        var kinds = new BooleanQuery();
        foreach (var kind in AnswerKinds)
        {
            kinds.Add(new TermQuery(new Term(SearchFields.Kind, kind)), Occur.SHOULD);
        }
        var values = MultiDocValues.GetBinaryValues(reader, SearchFields.Suggestion);
        if (values is null)
        {
            yield break;
        }
        var bytes = new BytesRef();
        foreach (var hit in searcher.Search(kinds, Math.Max(1, Math.Min(reader.MaxDoc, MaxTitles))).ScoreDocs)
        {
            values.Get(hit.Doc, bytes);
            if (bytes.Length > 0 && bytes.Utf8ToString().Split('\n') is [_, var title, _])
            {
                yield return title;
            }
        }
    }
}
