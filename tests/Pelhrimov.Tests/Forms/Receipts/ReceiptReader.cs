using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Pelhrimov.Tests.Forms.Receipts;

/// <summary>A rendered receipt read back with PdfPig: per-page text (non-breaking spaces as spaces), letters, fonts, metadata.</summary>
internal sealed class ReceiptReader : IDisposable
{
    private readonly PdfDocument document;

    public ReceiptReader(byte[] pdf)
    {
        document = PdfDocument.Open(pdf);
        Pages = [.. document.GetPages()];
    }

    public IReadOnlyList<Page> Pages { get; }

    public DocumentInformation Information => document.Information;

    public string PageText(int index) => Normalize(Pages[index].Text);

    public string AllText => string.Concat(Pages.Select((_, i) => PageText(i)));

    /// <summary>The text drawn at or right of <paramref name="x"/> and above the footer, across all pages, in drawing order.</summary>
    public string TextRightOf(double x, double footerTop) => Normalize(string.Concat(Pages.SelectMany(page =>
        page.Letters.Where(l => l.StartBaseLine.X >= x - 0.5 && l.StartBaseLine.Y > page.Height - footerTop).Select(l => l.Value))));

    /// <summary>Every font used on every page, with whether its descriptor carries a font file (that is, whether it is embedded).</summary>
    public IEnumerable<(string Name, bool Embedded)> Fonts()
    {
        foreach (var page in Pages)
        {
            var resources = Resolve<DictionaryToken>(page.Dictionary.Data[NameToken.Resources.Data]);
            var fonts = Resolve<DictionaryToken>(resources.Data[NameToken.Font.Data]);
            foreach (var entry in fonts.Data.Values)
            {
                var font = Resolve<DictionaryToken>(entry);
                var described = font.Data.TryGetValue(NameToken.DescendantFonts.Data, out var descendants)
                    ? Resolve<DictionaryToken>(Resolve<ArrayToken>(descendants).Data[0])
                    : font;
                var name = Resolve<NameToken>(font.Data[NameToken.BaseFont.Data]).Data;
                var embedded = described.Data.TryGetValue(NameToken.FontDescriptor.Data, out var descriptorToken)
                    && Resolve<DictionaryToken>(descriptorToken).Data.Keys.Any(key => key is "FontFile" or "FontFile2" or "FontFile3");
                yield return (name, embedded);
            }
        }
    }

    public void Dispose() => document.Dispose();

    private static string Normalize(string text) => new StringBuilder(text).Replace('\u00A0', ' ').ToString();

    private T Resolve<T>(IToken token) where T : IToken =>
        token is IndirectReferenceToken reference ? Resolve<T>(document.Structure.GetObject(reference.Data).Data) : (T)token;
}
