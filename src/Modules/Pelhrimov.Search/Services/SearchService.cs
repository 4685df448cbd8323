using System.Net;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Search.Services;

/// <summary>Answers searches from the node's index. Queries are built from analyzed terms, never parsed, so no input is syntax.</summary>
public sealed class SearchService(SearchIndex index, TimeProvider clock)
{
    public const int PageSize = 10;
    private const int MaxTerms = 24;
    private const int SnippetLength = 180;

    public SearchResults Search(string? raw, string? kindSlug, int page)
    {
        var text = SearchQueryText.Clean(raw);
        var kind = SearchKinds.FromSlug(kindSlug);
        if (text.Length == 0)
        {
            return SearchResults.Empty(text, kind, "Zadejte, co hledáte, například „poplatek za odpad“ nebo „občanský průkaz“.");
        }
        var terms = Terms(text);
        if (terms.Count == 0)
        {
            return SearchResults.Empty(text, kind, "Podle zadaných znaků nelze hledat. Zkuste napsat celé slovo.");
        }
        if (!index.IsOpen)
        {
            return SearchResults.Empty(text, kind, "Vyhledávání se právě připravuje. Zkuste to prosím za chvíli znovu.");
        }
        return index.Search(searcher =>
        {
            // All words should match; when no item has them all, any word will do.
            var results = Run(searcher, text, kind, page, terms, MatchAll(terms));
            return results.AllKindsTotal == 0 && terms.Count > 1 ? Run(searcher, text, kind, page, terms, MatchAny(terms)) : results;
        });
    }

    /// <summary>Top items for suggestions as you type: whole words, and the last word also as the start of a title word.</summary>
    public IReadOnlyList<SearchHit> Suggest(string? raw, int take)
    {
        var text = SearchQueryText.Clean(raw);
        var terms = Terms(text);
        if (terms.Count == 0 || !index.IsOpen)
        {
            return [];
        }
        var query = new BooleanQuery { { MatchAny(terms), Occur.SHOULD } };
        var lastWord = CzechSearchAnalyzer.Fold(text.Split(' ')[^1]).Trim();
        if (lastWord.Length >= 2 && lastWord.All(char.IsLetterOrDigit))
        {
            query.Add(new PrefixQuery(new Term(SearchFields.Title, lastWord)) { Boost = 2 }, Occur.SHOULD);
        }
        return index.Search(searcher =>
            searcher.Search(Visible(query, null), take).ScoreDocs.Select(sd => ToHit(searcher.Doc(sd.Doc), null)).ToList());
    }

    /// <summary>The analyzed words of the query (each one or two stems), repeated words once.</summary>
    private IReadOnlyList<IReadOnlyList<string>> Terms(string text) =>
        text.Length == 0 ? [] : index.Analyzer.Words(SearchFields.Text, text).DistinctBy(w => string.Join(' ', w)).Take(MaxTerms).ToList();

    private SearchResults Run(IndexSearcher searcher, string text, SearchKind? kind, int page, IReadOnlyList<IReadOnlyList<string>> terms, Query match)
    {
        var facets = SearchKinds.All.Select(k => (k, searcher.Search(Visible(match, k.Kind), 1).TotalHits)).ToList();
        var query = Visible(match, kind?.Kind);
        var total = searcher.Search(query, 1).TotalHits;
        page = Paging.Clamp(page, total, PageSize);
        var top = searcher.Search(query, page * PageSize);
        var highlighter = Highlighter(MatchAny(terms));
        var hits = top.ScoreDocs.Skip((page - 1) * PageSize).Select(sd => ToHit(searcher.Doc(sd.Doc), highlighter)).ToList();
        return new SearchResults(text, kind, hits, total, page, PageSize, facets, null);
    }

    private static Query MatchAll(IReadOnlyList<IReadOnlyList<string>> terms)
    {
        var query = (BooleanQuery)MatchAny(terms);
        query.MinimumNumberShouldMatch = terms.Count;
        return query;
    }

    // One clause per word, matching any of its stems; a word found in the title weighs three times as much as in the text.
    private static Query MatchAny(IReadOnlyList<IReadOnlyList<string>> words)
    {
        var query = new BooleanQuery();
        foreach (var stems in words)
        {
            var word = new BooleanQuery();
            foreach (var stem in stems)
            {
                word.Add(new TermQuery(new Term(SearchFields.Title, stem)) { Boost = 3 }, Occur.SHOULD);
                word.Add(new TermQuery(new Term(SearchFields.Text, stem)), Occur.SHOULD);
            }
            query.Add(word, Occur.SHOULD);
        }
        return query;
    }

    // Only items visible now: notice-board entries carry their posting window, everything else an unlimited one.
    private Query Visible(Query match, string? kind)
    {
        var now = clock.GetUtcNow().UtcDateTime.Ticks;
        var query = new BooleanQuery
        {
            { match, Occur.MUST },
            { NumericRangeQuery.NewInt64Range(SearchFields.VisibleFrom, null, now, true, true).WithBoost(0), Occur.MUST },
            { NumericRangeQuery.NewInt64Range(SearchFields.VisibleTo, now, null, false, true).WithBoost(0), Occur.MUST },
        };
        if (kind is not null)
        {
            query.Add(new TermQuery(new Term(SearchFields.Kind, kind)) { Boost = 0 }, Occur.MUST);
        }
        return query;
    }

    private Highlighter Highlighter(Query match)
    {
        var scorer = new QueryScorer(match, SearchFields.Text);
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetLength),
        };
    }

    private string Snippet(Highlighter highlighter, string text)
    {
        try
        {
            return string.Join(" … ", highlighter.GetBestFragments(index.Analyzer, SearchFields.Text, text, 2));
        }
        catch (InvalidTokenOffsetsException)
        {
            return "";
        }
    }

    private SearchHit ToHit(Document doc, Highlighter? highlighter)
    {
        var text = doc.Get(SearchFields.Text) ?? "";
        var snippet = highlighter is null ? "" : Snippet(highlighter, text);
        if (snippet.Length == 0)
        {
            var summary = doc.Get(SearchFields.Summary) is { Length: > 0 } s ? s : text;
            snippet = WebUtility.HtmlEncode(summary.Length > SnippetLength ? summary[..SnippetLength] + "…" : summary);
        }
        var published = doc.GetField(SearchFields.Published)?.GetInt64Value() is { } ticks and > 0 ? new DateTime(ticks, DateTimeKind.Utc) : (DateTime?)null;
        var category = doc.Get(SearchFields.Category);
        return new SearchHit(doc.Get(SearchFields.Kind), doc.Get(SearchFields.Title), doc.Get(SearchFields.Url), snippet,
            string.IsNullOrEmpty(category) ? null : category, published);
    }
}

internal static class QueryBoost
{
    public static Query WithBoost(this Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
