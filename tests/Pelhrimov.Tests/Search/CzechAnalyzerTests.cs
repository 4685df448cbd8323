using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Cz;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Tests.Search;

/// <summary>The Czech analysis: the same terms with and without diacritics, across word forms, without stop words.</summary>
public sealed class CzechAnalyzerTests
{
    private static readonly CzechSearchAnalyzer Analyzer = new();

    private static IReadOnlyList<string> Terms(string text) => Analyzer.Terms(SearchFields.Text, text);

    // Each word of one text shares at least one stem with the word at the same place in the other.
    private static void AssertSameWords(string expected, string actual)
    {
        var left = Analyzer.Words(SearchFields.Text, expected);
        var right = Analyzer.Words(SearchFields.Text, actual);
        Assert.Equal(left.Count, right.Count);
        Assert.All(left.Zip(right), pair => Assert.NotEmpty(pair.First.Intersect(pair.Second)));
    }

    [Theory]
    [InlineData("prihlaseni psa", "Přihlášení psa")]
    [InlineData("obcansky prukaz", "Občanský průkaz")]
    [InlineData("ZAPIS DO SKOLY", "zápis do školy")]
    [InlineData("kaceni drevin", "Kácení dřevin")]
    [InlineData("mestskeho bytu", "městského bytu")]
    [InlineData("rodinneho domu", "rodinného domu")]
    [InlineData("ve skolach", "ve školách")]
    public void Text_without_diacritics_gives_the_same_terms_as_with_them(string plain, string accented) =>
        AssertSameWords(accented, plain);

    [Theory]
    [InlineData("odpady", "odpad")]
    [InlineData("poplatku", "poplatek")]
    [InlineData("škola", "školy")]
    [InlineData("dotace", "dotací")]
    [InlineData("velkoobjemový kontejner", "velkoobjemového kontejneru")]
    [InlineData("trvalý pobyt", "trvalého pobytu")]
    public void Word_forms_share_a_stem(string form, string other) =>
        AssertSameWords(other, form);

    [Fact]
    public void Stop_words_are_dropped_in_written_and_folded_form()
    {
        Assert.Equal(Terms("poplatek odpad"), Terms("poplatek za odpad"));
        Assert.Equal(Terms("poplatek odpad"), Terms("poplatek že odpad"));
        Assert.Equal(Terms("poplatek odpad"), Terms("poplatek ze odpad"));
    }

    [Fact]
    public void Lucene_syntax_characters_are_just_separators()
    {
        Assert.Equal(Terms("poplatek odpad"), Terms("poplatek:(odpad)* ~ \"\\"));
        Assert.Empty(Terms("+-&&||!(){}[]^\"~*?:\\/"));
    }

    // Why stemming after folding is needed: stemming first strips the accented suffixes (-ého, -ách) and leaves the
    // plain ones, so a query typed without diacritics would miss accented text.
    [Fact]
    public void Stemming_only_before_folding_would_split_plain_and_accented_spellings()
    {
        var stemFirst = new StemThenFold();
        Assert.NotEqual(stemFirst.Terms("městského"), stemFirst.Terms("mestskeho"));
        Assert.NotEqual(stemFirst.Terms("školách"), stemFirst.Terms("skolach"));
        AssertSameWords("městského školách", "mestskeho skolach");
    }

    // Why stemming before folding is kept as a second stem: folding first hides -ého from the stemmer.
    [Fact]
    public void Stemming_only_after_folding_would_split_word_forms_with_accented_suffixes()
    {
        Assert.Contains("velkoobjemovh", Terms("velkoobjemového"));
        Assert.Contains("velkoobjm", Terms("velkoobjemového"));
        Assert.Equal(["velkoobjm"], Terms("velkoobjemovy"));
    }

    private sealed class StemThenFold : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(CzechSearchAnalyzer.Version, reader);
            TokenStream result = new LowerCaseFilter(CzechSearchAnalyzer.Version, source);
            result = new StopFilter(CzechSearchAnalyzer.Version, result, CzechSearchAnalyzer.StopWords);
            result = new CzechStemFilter(result);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }

        public IReadOnlyList<string> Terms(string text)
        {
            var terms = new List<string>();
            using var stream = GetTokenStream("text", text);
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms.Add(term.ToString());
            }
            stream.End();
            return terms;
        }
    }
}
