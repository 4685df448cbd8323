using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Pelhrimov.Forms.Receipts;

/// <summary>The footer of every page, drawn once all pages exist so that "Strana x z y" knows y.</summary>
internal static class ReceiptFooter
{
    public static void Draw(PdfDocument document, XFont font, string townName, string reference, string sha256)
    {
        var brush = new XSolidBrush(XColor.FromArgb(80, 90, 95));
        var pen = new XPen(XColor.FromArgb(177, 180, 182), 0.5);
        var first = TextWrapper.Clean($"{townName} · {ReceiptPdf.Heading.ToLowerInvariant()} {reference}");
        var second = $"SHA-256 podání: {TextWrapper.Clean(sha256)}";
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var left = ReceiptCanvas.Margin;
            var right = page.Width.Point - ReceiptCanvas.Margin;
            var top = page.Height.Point - ReceiptCanvas.Margin - 8;
            var pageNumber = $"Strana {i + 1} z {document.PageCount}";
            var numberWidth = gfx.MeasureString(pageNumber, font).Width;

            gfx.DrawLine(pen, left, top, right, top);
            gfx.DrawString(Fit(gfx, font, first, right - left - numberWidth - 12), font, brush, left, top + 4, XStringFormats.TopLeft);
            gfx.DrawString(pageNumber, font, brush, right - numberWidth, top + 4, XStringFormats.TopLeft);
            gfx.DrawString(Fit(gfx, font, second, right - left), font, brush, left, top + 15, XStringFormats.TopLeft);
        }
    }

    /// <summary>Shortens a line that would run into the page number (an unusually long town name or reference) with an ellipsis.</summary>
    private static string Fit(XGraphics gfx, XFont font, string text, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var end = text.Length;
        while (end > 1 && gfx.MeasureString(text[..end] + "…", font).Width > width)
        {
            end--;
        }

        return text[..end] + "…";
    }
}
