using System.Globalization;
using System.Net;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pelhrimov.Core.Indexing;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Search.Services;

/// <summary>Answers searches from the node's index. Queries are built from analyzed terms, never parsed, so no input is syntax.</summary>
public sealed class SearchService(SearchIndex index, ThesaurusCache thesaurus, SearchKinds kinds, DidYouMean didYouMean, TimeProvider clock)
{
    public const int PageSize = 10;
    private const int MaxTerms = 24;
    private const int SnippetLength = 180;

    /// <summary>Pages beyond this are not collected (a page number past the results shows the last page anyway).</summary>
    private const int MaxPage = 1_000;

    /// <summary>Characters of a document the highlighter reads for snippets (the default is 50 KB).</summary>
    private const int MaxHighlightChars = 10_000;

    public SearchResults Search(string? raw, string? kindSlug, int page)
    {
        var text = SearchQueryText.Clean(raw);
        var kind = kinds.FromSlug(kindSlug);
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
        var dictionary = thesaurus.Current;
        return index.Search(searcher =>
        {
            var results = Run(searcher, text, kind, page, terms, dictionary);
            if (results.AllKindsTotal >= DidYouMean.FewResults || didYouMean.Correct(searcher, index.Analyzer, dictionary, text) is not { } corrected)
            {
                return results;
            }
            // Offered only when it finds more than what was typed.
            var found = Run(searcher, corrected, null, 1, Terms(corrected), dictionary).AllKindsTotal;
            return found > results.AllKindsTotal ? results with { DidYouMean = corrected } : results;
        });
    }

    /// <summary>The analyzed words of a query as the search page reads them (each word its one or two stems).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Words(string? raw) => Terms(SearchQueryText.Clean(raw));

    /// <summary>How many items the search page finds for <paramref name="raw"/> with the given thesaurus (all kinds).</summary>
    public int Total(string? raw, Thesaurus dictionary)
    {
        var text = SearchQueryText.Clean(raw);
        var terms = Terms(text);
        return terms.Count == 0 || !index.IsOpen ? 0 : index.Search(searcher => Run(searcher, text, null, 1, terms, dictionary).AllKindsTotal);
    }

    private SearchResults Run(IndexSearcher searcher, string text, SearchKind? kind, int page, IReadOnlyList<IReadOnlyList<string>> terms, Thesaurus dictionary)
    {
        // The thesaurus turns the words it knows into alternatives ("občanka" → občanka or "občanský průkaz").
        var clauses = dictionary.Expand(terms);
        // Every word (or a thesaurus alternative for it) should match; when no item has them all, any word will do.
        var results = Run(searcher, text, kind, page, clauses, SearchQueries.PreferAnswers(SearchQueries.MatchAll(clauses), clauses));
        return results.AllKindsTotal == 0 && terms.Count > 1 ? Run(searcher, text, kind, page, clauses, SearchQueries.PreferAnswers(SearchQueries.MatchAny(clauses), clauses)) : results;
    }

    /// <summary>Top items for suggestions as you type (kind, title and address only; no snippet): items with every finished word, the last word (being typed) either
    /// whole or as the start of a title word; when no item has them all, items with any of the words.</summary>
    public IReadOnlyList<SearchHit> Suggest(string? raw, int take)
    {
        var text = SearchQueryText.Clean(raw);
        var terms = Terms(text);
        if (terms.Count == 0 || !index.IsOpen)
        {
            return [];
        }
        var typed = text.Split(' ');
        var lastWord = CzechSearchAnalyzer.Fold(typed[^1]).Trim();
        var prefix = lastWord.Length >= 2 && lastWord.All(char.IsLetterOrDigit)
            ? new PrefixQuery(new Term(SearchFields.Title, lastWord)) { Boost = 2 }
            : null;

        // Every word must match: a conjunction is both what a visitor expects and cheap on a large index.
        var all = new BooleanQuery();
        foreach (var word in typed.Length > 1 ? Terms(string.Join(' ', typed[..^1])) : [])
        {
            all.Add(SearchQueries.WordQuery(word), Occur.MUST);
        }
        var last = new BooleanQuery();
        foreach (var word in Terms(typed[^1]))
        {
            last.Add(SearchQueries.WordQuery(word), Occur.SHOULD);
        }
        if (prefix is not null)
        {
            last.Add(prefix, Occur.SHOULD);
        }
        if (last.Clauses.Count > 0)
        {
            all.Add(last, Occur.MUST);
        }

        var any = new BooleanQuery { { SearchQueries.MatchAny(terms), Occur.SHOULD } };
        if (prefix is not null)
        {
            any.Add(prefix, Occur.SHOULD);
        }
        return index.Search(searcher =>
        {
            var top = all.Clauses.Count > 0 ? searcher.Search(Visible(all), take) : null;
            if (top is null || top.TotalHits == 0)
            {
                top = searcher.Search(Visible(any), take);
            }
            var values = MultiDocValues.GetBinaryValues(searcher.IndexReader, SearchFields.Suggestion);
            var bytes = new BytesRef();
            return top.ScoreDocs.Select(sd => Suggestion(searcher, values, bytes, sd.Doc)).ToList();
        });
    }

    /// <summary>The stored fields a suggestion shows, for documents indexed before <see cref="SearchFields.Suggestion"/>.</summary>
    private static readonly ISet<string> SuggestionFields = new HashSet<string>(StringComparer.Ordinal) { SearchFields.Kind, SearchFields.Title, SearchFields.Url };

    private static SearchHit Suggestion(IndexSearcher searcher, BinaryDocValues? values, BytesRef bytes, int docId)
    {
        values?.Get(docId, bytes);
        if (values is not null && bytes.Length > 0 && bytes.Utf8ToString().Split('\n') is [var kind, var title, var url])
        {
            return new SearchHit(kind, title, url, "", null, null);
        }
        // Indexed before the doc value existed: the stored fields.
        var doc = searcher.Doc(docId, SuggestionFields);
        return new SearchHit(doc.Get(SearchFields.Kind, CultureInfo.InvariantCulture), doc.Get(SearchFields.Title, CultureInfo.InvariantCulture) ?? "", doc.Get(SearchFields.Url, CultureInfo.InvariantCulture), "", null, null);
    }

    /// <summary>The analyzed words of the query (each one or two stems), repeated words once.</summary>
    private IReadOnlyList<IReadOnlyList<string>> Terms(string text) =>
        text.Length == 0 ? [] : index.Analyzer.Words(SearchFields.Text, text).DistinctBy(w => string.Join(' ', w)).Take(MaxTerms).ToList();

    private SearchResults Run(IndexSearcher searcher, string text, SearchKind? kind, int page, IReadOnlyList<QueryClause> clauses, Query match)
    {
        // One pass over the matches counts every kind (the facets) and collects the top hits of the chosen kind.
        var wanted = Math.Clamp(page, 1, MaxPage) * PageSize;
        var top = TopScoreDocCollector.Create(wanted, docsScoredInOrder: true);
        var counter = new KindFacetCollector(top, kinds, kind?.Kind);
        searcher.Search(Visible(match), counter);
        var facets = kinds.All.Select((k, i) => (k, counter.Counts[i])).ToList();
        var total = counter.Collected;
        page = Paging.Clamp(page, total, PageSize);
        var highlighter = Highlighter(SearchQueries.MatchAny(clauses));
        var hits = top.GetTopDocs((page - 1) * PageSize, PageSize).ScoreDocs.Select(sd => ToHit(searcher.Doc(sd.Doc), highlighter)).ToList();
        return new SearchResults(text, kind, hits, total, page, PageSize, facets, null);
    }

    // Only items visible now: items with a window (notice-board entries) whose window is closed now are excluded;
    // items without one are always visible. Excluding the few closed ones is cheap; requiring every open one is not.
    private Query Visible(Query match)
    {
        var now = clock.GetUtcNow().UtcDateTime.Ticks;
        return new BooleanQuery
        {
            { match, Occur.MUST },
            { NumericRangeQuery.NewInt64Range(SearchFields.VisibleFrom, now, null, false, true), Occur.MUST_NOT },
            { NumericRangeQuery.NewInt64Range(SearchFields.VisibleTo, null, now, true, true), Occur.MUST_NOT },
        };
    }

    private static Highlighter Highlighter(Query match)
    {
        var scorer = new QueryScorer(match, SearchFields.Text);
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetLength),
            MaxDocCharsToAnalyze = MaxHighlightChars,
        };
    }

    private string Snippet(Highlighter highlighter, string text)
    {
        try
        {
            return Clean(highlighter.GetBestFragment(index.Analyzer, SearchFields.Text, text) ?? "");
        }
        catch (InvalidTokenOffsetsException)
        {
            return "";
        }
    }

    // A fragment is cut at any token, so it may start with the end of the previous sentence (". Poplatek…").
    private static string Clean(string fragment) => fragment.TrimStart(' ', '\n', '\r', '\t', '.', ',', ';', ':', '–', '-', ')').TrimEnd();

    private SearchHit ToHit(Document doc, Highlighter? highlighter)
    {
        var title = doc.Get(SearchFields.Title, CultureInfo.InvariantCulture) ?? "";
        var text = doc.Get(SearchFields.Text, CultureInfo.InvariantCulture) ?? "";
        // Documents indexed before keywords were separate begin with their title; the results show the title already.
        if (title.Length > 0 && text.StartsWith(title + "\n", StringComparison.Ordinal))
        {
            text = text[(title.Length + 1)..];
        }
        var snippet = highlighter is null ? "" : Snippet(highlighter, text);
        if (snippet.Length == 0)
        {
            var summary = doc.Get(SearchFields.Summary, CultureInfo.InvariantCulture) is { Length: > 0 } s ? s : text;
            snippet = WebUtility.HtmlEncode(summary.Length > SnippetLength ? summary[..SnippetLength] + "…" : summary);
        }
        var published = doc.GetField(SearchFields.Published)?.GetInt64Value() is { } ticks and > 0 ? new DateTime(ticks, DateTimeKind.Utc) : (DateTime?)null;
        var category = doc.Get(SearchFields.Category, CultureInfo.InvariantCulture);
        return new SearchHit(doc.Get(SearchFields.Kind, CultureInfo.InvariantCulture), title, doc.Get(SearchFields.Url, CultureInfo.InvariantCulture), snippet,
            string.IsNullOrEmpty(category) ? null : category, published);
    }
}
