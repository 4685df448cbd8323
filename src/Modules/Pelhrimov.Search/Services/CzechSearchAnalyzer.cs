using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Cz;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Pelhrimov.Search.Services;

/// <summary>Czech analysis used both at index and at query time: tokenize, lower-case, drop stop words, fold accents and stem.</summary>
/// <remarks>Each word is stemmed after folding (so "prihlaseni" and "přihlášení" always become the same term) and also before
/// it when that differs; see <see cref="CzechFoldingStemFilter"/> and docs/search.md for the measurements behind this.</remarks>
public sealed class CzechSearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Czech stop words in both their written and their folded forms ("že" and "ze").</summary>
    public static readonly CharArraySet StopWords = BuildStopWords();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new LowerCaseFilter(Version, source);
        result = new FoldedStopFilter(result);
        result = new CzechFoldingStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    /// <summary>The terms <paramref name="text"/> is indexed or searched as, in order.</summary>
    public IReadOnlyList<string> Terms(string field, string text) => Words(field, text).SelectMany(w => w).ToList();

    /// <summary>The terms of each word of <paramref name="text"/>: one or two stems per word, in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Words(string field, string text)
    {
        var words = new List<List<string>>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (position.PositionIncrement > 0 || words.Count == 0)
            {
                words.Add([]);
            }
            words[^1].Add(term.ToString());
        }
        stream.End();
        return words;
    }

    /// <summary>Lower-cased and folded words without stemming, e.g. for prefix suggestions and normalized query logging.</summary>
    public static string Fold(string text)
    {
        var chars = text.ToLowerInvariant().ToCharArray();
        var output = new char[chars.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(chars, 0, output, 0, chars.Length);
        return new string(output, 0, length);
    }

    /// <summary>Drops a word whose folded form is a stop word, so "že" goes even though only "ze" is listed.</summary>
    private sealed class FoldedStopFilter : FilteringTokenFilter
    {
        private readonly ICharTermAttribute _term;
        private char[] _folded = new char[64];

        public FoldedStopFilter(TokenStream input) : base(Version, input) => _term = AddAttribute<ICharTermAttribute>();

        // The input is lower-cased already; folded into a reused buffer, so no word allocates.
        protected override bool Accept()
        {
            var length = _term.Length;
            if (_folded.Length < length * 4)
            {
                _folded = new char[length * 4];
            }
            var folded = ASCIIFoldingFilter.FoldToASCII(_term.Buffer, 0, _folded, 0, length);
            return !StopWords.Contains(_folded, 0, folded);
        }
    }

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(Version, 256, ignoreCase: true);
        foreach (var word in CzechAnalyzer.DefaultStopSet)
        {
            var text = word.ToString();
            set.Add(text);
            set.Add(Fold(text));
        }
        return set.AsReadOnly();
    }
}
