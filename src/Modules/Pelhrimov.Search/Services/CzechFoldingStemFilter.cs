using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cz;
using Lucene.Net.Analysis.Miscellaneous;
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
    // Work buffers reused for every token: indexing 100 000 documents must not allocate per word.
    private char[] _foldFirst = new char[64];
    private char[] _stemFirst = new char[64];
    private char[] _stemmed = new char[64];
    private int _pendingLength = -1;
    private State? _pendingState;

    public CzechFoldingStemFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingLength >= 0)
        {
            RestoreState(_pendingState);
            _term.CopyBuffer(_stemFirst, 0, _pendingLength);
            _position.PositionIncrement = 0;
            _pendingLength = -1;
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var length = _term.Length;
        EnsureCapacity(length);
        // Fold, then stem (the input is lower-cased already).
        var folded = ASCIIFoldingFilter.FoldToASCII(_term.Buffer, 0, _foldFirst, 0, length);
        var foldFirst = _stemmer.Stem(_foldFirst, folded);
        // Stem, then fold.
        Array.Copy(_term.Buffer, _stemmed, length);
        var stemmed = _stemmer.Stem(_stemmed, length);
        var stemFirst = ASCIIFoldingFilter.FoldToASCII(_stemmed, 0, _stemFirst, 0, stemmed);

        _term.CopyBuffer(_foldFirst, 0, foldFirst);
        if (!_stemFirst.AsSpan(0, stemFirst).SequenceEqual(_foldFirst.AsSpan(0, foldFirst)))
        {
            _pendingLength = stemFirst;
            _pendingState = CaptureState();
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pendingLength = -1;
        _pendingState = null;
    }

    // Folding turns one character into at most four (e.g. a ligature).
    private void EnsureCapacity(int length)
    {
        if (_foldFirst.Length < length * 4)
        {
            _foldFirst = new char[length * 4];
            _stemFirst = new char[length * 4];
            _stemmed = new char[length * 4];
        }
    }
}
