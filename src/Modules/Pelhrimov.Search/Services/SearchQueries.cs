using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pelhrimov.Search.Services;

/// <summary>
/// The Lucene queries a search is made of, from analyzed words and the thesaurus's alternatives (<see cref="QueryClause"/>):
/// what must match, and how a life situation that names what was asked is preferred (docs/search.md, "Ranking").
/// </summary>
internal static class SearchQueries
{
    /// <summary>The weight of a life situation whose title names what was asked (docs/search.md, "Ranking").</summary>
    private const float LifeSituationTitleBoost = 4f;

    private static readonly Query LifeSituations = new ConstantScoreQuery(new TermQuery(new Term(SearchFields.Kind, "LifeSituation"))) { Boost = 0 };

    // The matches stay what they are; a life situation whose title has a part of the query (typed or through the thesaurus)
    // scores more, in proportion to how many parts its title has: the answer ranks above news that merely mention the words.
    public static Query PreferAnswers(Query match, IReadOnlyList<QueryClause> clauses)
    {
        var title = new BooleanQuery();
        foreach (var clause in clauses)
        {
            var either = new BooleanQuery { { TitleWords(clause.Typed), Occur.SHOULD } };
            foreach (var alternative in clause.Alternatives)
            {
                either.Add(TitleWords(alternative), Occur.SHOULD);
            }
            title.Add(either, Occur.SHOULD);
        }
        var named = new BooleanQuery { { LifeSituations, Occur.MUST }, { title, Occur.MUST } };
        named.Boost = LifeSituationTitleBoost;
        return new BooleanQuery { { match, Occur.MUST }, { named, Occur.SHOULD } };
    }

    private static Query TitleWords(IReadOnlyList<IReadOnlyList<string>> phrase)
    {
        var query = new BooleanQuery();
        foreach (var stems in phrase)
        {
            var word = new BooleanQuery();
            foreach (var stem in stems)
            {
                word.Add(new TermQuery(new Term(SearchFields.Title, stem)), Occur.SHOULD);
            }
            query.Add(word, Occur.MUST);
        }
        return query;
    }

    /// <summary>How much a match of a thesaurus alternative weighs against a match of the words typed.</summary>
    private const float AlternativeWeight = 0.8f;

    // Every clause must match: its typed words all, or one of its alternatives (all of that phrase's words).
    public static Query MatchAll(IReadOnlyList<QueryClause> clauses)
    {
        var query = new BooleanQuery();
        foreach (var clause in clauses)
        {
            if (clause.Alternatives.Count == 0)
            {
                foreach (var word in clause.Typed)
                {
                    query.Add(WordQuery(word), Occur.MUST);
                }
                continue;
            }
            var either = new BooleanQuery { { AllWords(clause.Typed, 1f), Occur.SHOULD } };
            foreach (var alternative in clause.Alternatives)
            {
                either.Add(AllWords(alternative, AlternativeWeight), Occur.SHOULD);
            }
            query.Add(either, Occur.MUST);
        }
        return query;
    }

    // Any typed word or any alternative phrase.
    public static Query MatchAny(IReadOnlyList<QueryClause> clauses)
    {
        var query = (BooleanQuery)MatchAny(clauses.SelectMany(c => c.Typed).ToList());
        foreach (var alternative in clauses.SelectMany(c => c.Alternatives))
        {
            query.Add(AllWords(alternative, AlternativeWeight), Occur.SHOULD);
        }
        return query;
    }

    private static Query AllWords(IReadOnlyList<IReadOnlyList<string>> phrase, float boost)
    {
        if (phrase.Count == 1)
        {
            var single = WordQuery(phrase[0]);
            single.Boost = boost;
            return single;
        }
        var query = new BooleanQuery { Boost = boost };
        foreach (var word in phrase)
        {
            query.Add(WordQuery(word), Occur.MUST);
        }
        return query;
    }

    // One clause per word, matching any of its stems; a word found in the title weighs three times as much as in the text.
    public static Query MatchAny(IReadOnlyList<IReadOnlyList<string>> words)
    {
        var query = new BooleanQuery();
        foreach (var stems in words)
        {
            query.Add(WordQuery(stems), Occur.SHOULD);
        }
        return query;
    }

    public static Query WordQuery(IReadOnlyList<string> stems)
    {
        var word = new BooleanQuery();
        foreach (var stem in stems)
        {
            word.Add(new TermQuery(new Term(SearchFields.Title, stem)) { Boost = 3 }, Occur.SHOULD);
            word.Add(new TermQuery(new Term(SearchFields.Text, stem)), Occur.SHOULD);
        }
        return word;
    }
}
