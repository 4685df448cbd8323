using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cz;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pelhrimov.Search.Services;

/// <summary>Folds accents and stems each lower-cased word both ways round, emitting the second stem at the same position
/// when it differs: fold-then-stem makes "mestskeho" and "městského" one term, stem-then-fold keeps the Czech
/// stemmer's accented suffix rules (-ého, -ách) so that "velkoobjemový" still meets "velkoobjemového".</summary>
public sealed class CzechFoldingStemFilter : TokenFilter
{
    private readonly CzechStemmer _stemmer = new();
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private string? _pending;
    private State? _pendingState;

    public CzechFoldingStemFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_pendingState);
            _term.SetEmpty().Append(_pending);
            _position.PositionIncrement = 0;
            _pending = null;
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var word = _term.ToString();
        var foldFirst = Stem(CzechSearchAnalyzer.Fold(word));
        var stemFirst = CzechSearchAnalyzer.Fold(Stem(word));
        _term.SetEmpty().Append(foldFirst);
        if (stemFirst != foldFirst)
        {
            _pending = stemFirst;
            _pendingState = CaptureState();
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
        _pendingState = null;
    }

    private string Stem(string word)
    {
        var chars = word.ToCharArray();
        return new string(chars, 0, _stemmer.Stem(chars, chars.Length));
    }
}
