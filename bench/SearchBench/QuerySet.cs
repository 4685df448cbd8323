using Pelhrimov.Content.Services;
using Pelhrimov.Search.Services;

namespace SearchBench;

/// <summary>One benchmark query: either a /hledat page (optionally a kind and a later page) or an as-you-type suggestion.</summary>
public sealed record BenchQuery(string Category, string Text, bool Suggest, string? KindSlug = null, int Page = 1);

/// <summary>A realistic mix of what people type into a town site's search, built from the corpus's own words.</summary>
public static class QuerySet
{
    // Typical searches of a town site, as people type them: with and without diacritics.
    private static readonly string[] Common =
    [
        "poplatek za odpad", "prihlaseni psa", "přihlášení psa", "občanský průkaz", "obcansky prukaz", "cestovní pas", "svoz odpadu",
        "sběrný dvůr", "parkovani", "parkovací karta", "stavební povolení", "trvalý pobyt", "rodný list", "sňatek", "uzavírka",
        "úřední deska", "volby", "rozpočet", "dotace", "knihovna", "koupaliště", "zimní stadion", "matrika", "řidičský průkaz",
        "registrace vozidla", "kácení stromů", "pes", "odpady", "mestsky urad", "úřední hodiny",
        // How citizens say it (issue 18): these go through the thesaurus.
        "občanka", "řidičák", "popelnice", "SPZ", "ZTP/P parkování", "obecní byt", "školka", "psí známka", "přepis auta",
        "kotlíkovka", "díra v silnici", "živnosťák",
    ];

    /// <summary>The kinds of the generated corpus: the site's content.</summary>
    public static readonly SearchKinds Kinds = new(ContentSearchSource.Kinds);

    public static IReadOnlyList<BenchQuery> Build(CzechCorpus corpus, int count, int seed)
    {
        var random = new Random(seed + 1);
        var queries = new List<BenchQuery>(count);
        var kinds = Kinds.All;
        while (queries.Count < count)
        {
            var roll = random.Next(100);
            var diacritics = random.Next(2) == 0;
            string Word()
            {
                string word;
                do
                {
                    word = corpus.RandomWord(random);
                }
                while (word.Length < 4 || char.IsDigit(word[0]));
                return word;
            }
            string Pair()
            {
                var sentence = corpus.SentenceWords[random.Next(corpus.SentenceWords.Count)];
                var start = random.Next(sentence.Length - 1);
                return sentence[start] + " " + sentence[start + 1];
            }
            string Typed(string text) => diacritics ? text.ToLowerInvariant() : CzechSearchAnalyzer.Fold(text);
            var accents = diacritics ? "with diacritics" : "without diacritics";
            queries.Add(roll switch
            {
                < 15 => new BenchQuery($"/hledat one word, {accents}", Typed(Word()), false),
                < 30 => new BenchQuery($"/hledat two words, {accents}", Typed(Pair()), false),
                < 40 => new BenchQuery("/hledat common town queries", Common[random.Next(Common.Length)], false),
                < 47 => new BenchQuery("/hledat page 2–3", Typed(random.Next(2) == 0 ? Word() : Common[random.Next(Common.Length)]), false, null, 2 + random.Next(2)),
                < 55 => new BenchQuery("/hledat one kind (facet chosen)", Typed(random.Next(2) == 0 ? Pair() : Common[random.Next(Common.Length)]), false, kinds[random.Next(kinds.Count)].Slug),
                < 75 => new BenchQuery("suggest: a word being typed (2–6 letters)", Typed(Prefix(random, Word())), true),
                < 90 => new BenchQuery("suggest: a word and the next being typed", Typed(Word() + " " + Prefix(random, Word())), true),
                _ => new BenchQuery("suggest: whole common query", Common[random.Next(Common.Length)], true),
            });
        }
        return queries;
    }

    private static string Prefix(Random random, string word) => word[..Math.Min(word.Length, 2 + random.Next(5))];
}
