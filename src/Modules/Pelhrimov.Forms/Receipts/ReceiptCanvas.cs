using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Pelhrimov.Forms.Receipts;

/// <summary>
/// The receipt's pages as a cursor moving down: text is drawn line by line at <see cref="Y"/> and a new A4 page starts
/// whenever the next line would reach the footer, so nothing is ever drawn off a page. One per render (not shared).
/// </summary>
internal sealed class ReceiptCanvas(PdfDocument document) : IDisposable
{
    public const double Margin = 56.7; // 2 cm
    /// <summary>The band above the bottom margin kept for the footer (page number, SHA-256).</summary>
    public const double FooterBand = 20;

    private XGraphics? graphics;

    public PdfDocument Document { get; } = document;

    public XGraphics Graphics => graphics ?? throw new InvalidOperationException("No page yet.");

    public double Y { get; set; }

    public static double Left => Margin;

    public double Width => PageWidth - 2 * Margin;

    public double Bottom => PageHeight - Margin - FooterBand;

    /// <summary>The top of the footer on every page.</summary>
    public double FooterTop => PageHeight - Margin - 8;

    public double PageWidth => Document.Pages[0].Width.Point;

    public double PageHeight => Document.Pages[0].Height.Point;

    /// <summary>Whether the cursor is at the top of a page (nothing drawn yet on it).</summary>
    public bool AtTop => Y <= Margin;

    public void NewPage()
    {
        graphics?.Dispose();
        var page = Document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> more points fit on this one.</summary>
    /// <returns>Whether a new page was started.</returns>
    public bool EnsureSpace(double height)
    {
        if (Y + height <= Bottom || AtTop)
        {
            return false;
        }

        NewPage();
        return true;
    }

    /// <summary>Whether <paramref name="height"/> points would fit on a page of their own.</summary>
    public bool FitsOnEmptyPage(double height) => height <= Bottom - Margin;

    /// <summary>Draws one line whose top is at <see cref="Y"/> (the cursor does not move).</summary>
    public void Text(string text, XFont font, XBrush brush, double x) =>
        Graphics.DrawString(text, font, brush, x, Y, XStringFormats.TopLeft);

    /// <summary>Draws wrapped lines across the whole width, moving the cursor and breaking pages as needed.</summary>
    public void Paragraph(string text, XFont font, XBrush brush, double lineHeight)
    {
        foreach (var line in TextWrapper.Wrap(Graphics, font, TextWrapper.Clean(text), Width))
        {
            EnsureSpace(lineHeight);
            Text(line, font, brush, Left);
            Y += lineHeight;
        }
    }

    public void Rule(XColor color, double thickness = 0.5) =>
        Graphics.DrawLine(new XPen(color, thickness), Left, Y, Left + Width, Y);

    public void Dispose()
    {
        graphics?.Dispose();
        graphics = null;
    }
}
