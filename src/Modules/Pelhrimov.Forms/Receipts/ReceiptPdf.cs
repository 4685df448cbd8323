using Pelhrimov.Core.Formatting;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Pelhrimov.Forms.Receipts;

/// <summary>
/// The PDF receipt of a submission (issue 14): A4, "Potvrzení o podání", the reference number, the form and its
/// version, every answer with its label, the attachments with their SHA-256, and the submission's SHA-256 in the footer
/// of every page beside "Strana x z y". DejaVu Sans is embedded (<see cref="ReceiptFontResolver"/>), so Czech
/// diacritics render on any machine. Answers are drawn as plain text. Thread-safe: each call builds its own document.
/// </summary>
public static class ReceiptPdf
{
    public const string Heading = "Potvrzení o podání";
    public const string Anonymous = "Anonymní podání";

    private const double LabelWidth = 165;
    private const double ColumnGap = 12;
    private const double LineHeight = 13;

    /// <summary>Rows of at most this many lines move to the next page whole rather than split.</summary>
    private const int KeepTogetherLines = 6;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XColor Ink = XColor.FromArgb(11, 12, 12);
    private static readonly XColor Muted = XColor.FromArgb(80, 90, 95);
    private static readonly XColor Hairline = XColor.FromArgb(177, 180, 182);
    private static readonly XColor Panel = XColor.FromArgb(243, 242, 241);

    public static byte[] Render(ReceiptModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        ReceiptFontResolver.Install();
        var fonts = new Fonts();

        using var document = new PdfDocument();
        document.Info.Title = $"{Heading} {model.ReferenceNumber}";
        document.Info.Subject = $"{model.FormTitle}, verze {model.FormVersion}";
        document.Info.Author = model.TownName;
        document.Info.Creator = "Portál občana";

        using (var canvas = new ReceiptCanvas(document))
        {
            canvas.NewPage();
            DrawHeader(canvas, fonts, model);
            foreach (var step in model.Steps)
            {
                DrawStep(canvas, fonts, step);
            }

            DrawAttachments(canvas, fonts, model.Attachments);
            DrawFingerprint(canvas, fonts, model);
        }

        ReceiptFooter.Draw(document, fonts.Footer, model.TownName, model.ReferenceNumber, model.SubmissionSha256);

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void DrawHeader(ReceiptCanvas canvas, Fonts fonts, ReceiptModel model)
    {
        canvas.Paragraph(model.TownName, fonts.Small, new XSolidBrush(Muted), 14);
        canvas.Y += 4;
        canvas.Paragraph(Heading, fonts.Title, new XSolidBrush(Ink), 28);
        canvas.Y += 6;

        var panelTop = canvas.Y;
        canvas.Graphics.DrawRectangle(new XSolidBrush(Panel), ReceiptCanvas.Left, panelTop, canvas.Width, 52);
        canvas.Graphics.DrawRectangle(new XSolidBrush(Ink), ReceiptCanvas.Left, panelTop, 4, 52);
        canvas.Y = panelTop + 8;
        canvas.Text("Číslo podání", fonts.Small, new XSolidBrush(Muted), ReceiptCanvas.Left + 14);
        canvas.Y += 14;
        canvas.Text(TextWrapper.Clean(model.ReferenceNumber), fonts.Reference, new XSolidBrush(Ink), ReceiptCanvas.Left + 14);
        canvas.Y = panelTop + 52 + 14;

        DrawRow(canvas, fonts, "Formulář", model.FormTitle);
        DrawRow(canvas, fonts, "Verze formuláře", model.FormVersion.ToString(CzechFormat.Culture));
        DrawRow(canvas, fonts, "Podáno", CzechFormat.DateAndTime(model.SubmittedAtUtc));
        DrawRow(canvas, fonts, "Podatel", string.IsNullOrWhiteSpace(model.SubmitterName) ? Anonymous : model.SubmitterName);
        canvas.Y += 8;
    }

    private static void DrawStep(ReceiptCanvas canvas, Fonts fonts, ReceiptStep step)
    {
        // A heading never ends a page: it moves down with at least one line of what it heads.
        canvas.EnsureSpace(22 + 2 * LineHeight);
        canvas.Y += canvas.AtTop ? 0 : 8;
        canvas.Paragraph(step.Title, fonts.StepHeading, new XSolidBrush(Ink), 18);
        canvas.Y += 2;
        foreach (var section in step.Sections)
        {
            if (!string.IsNullOrWhiteSpace(section.Title))
            {
                canvas.EnsureSpace(16 + 2 * LineHeight);
                canvas.Y += canvas.AtTop ? 0 : 4;
                canvas.Paragraph(section.Title, fonts.SectionHeading, new XSolidBrush(Ink), 16);
            }

            foreach (var row in section.Rows)
            {
                DrawRow(canvas, fonts, row.Label, row.Value);
            }
        }
    }

    /// <summary>
    /// A label and its value side by side, line by line: a short row moves to the next page whole, a long one is split
    /// and its label column says "(pokračování)" on the page it continues on.
    /// </summary>
    private static void DrawRow(ReceiptCanvas canvas, Fonts fonts, string label, string value)
    {
        var valueText = TextWrapper.Clean(value);
        var labels = TextWrapper.Wrap(canvas.Graphics, fonts.Label, TextWrapper.Clean(label), LabelWidth);
        var values = TextWrapper.Wrap(canvas.Graphics, fonts.Body, valueText.Length == 0 ? "–" : valueText, canvas.Width - LabelWidth - ColumnGap);
        var lines = Math.Max(labels.Count, values.Count);
        const double padding = 6;

        if (lines <= KeepTogetherLines && canvas.FitsOnEmptyPage(lines * LineHeight + padding))
        {
            canvas.EnsureSpace(lines * LineHeight + padding);
        }

        canvas.Y += padding / 2;
        var labelBrush = new XSolidBrush(Muted);
        var valueBrush = new XSolidBrush(Ink);
        for (var i = 0; i < lines; i++)
        {
            if (canvas.EnsureSpace(LineHeight) && i >= labels.Count)
            {
                canvas.Text("(pokračování)", fonts.Label, labelBrush, ReceiptCanvas.Left);
            }

            if (i < labels.Count)
            {
                canvas.Text(labels[i], fonts.Label, labelBrush, ReceiptCanvas.Left);
            }

            if (i < values.Count)
            {
                canvas.Text(values[i], fonts.Body, valueBrush, ReceiptCanvas.Left + LabelWidth + ColumnGap);
            }

            canvas.Y += LineHeight;
        }

        canvas.Y += padding / 2;
        canvas.Rule(Hairline, 0.4);
    }

    private static void DrawAttachments(ReceiptCanvas canvas, Fonts fonts, IReadOnlyList<ReceiptAttachment> attachments)
    {
        canvas.EnsureSpace(22 + 3 * LineHeight);
        canvas.Y += canvas.AtTop ? 0 : 8;
        canvas.Paragraph("Přílohy", fonts.StepHeading, new XSolidBrush(Ink), 18);
        if (attachments.Count == 0)
        {
            canvas.Paragraph("Bez příloh.", fonts.Body, new XSolidBrush(Ink), LineHeight);
            return;
        }

        foreach (var file in attachments)
        {
            canvas.EnsureSpace(3 * LineHeight + 6);
            canvas.Y += 3;
            canvas.Paragraph(file.Name, fonts.BodyBold, new XSolidBrush(Ink), LineHeight);
            canvas.Paragraph($"{file.ContentType}, {CzechFormat.FileSize(file.Size)}", fonts.Label, new XSolidBrush(Muted), LineHeight);
            canvas.Paragraph($"SHA-256: {file.Sha256}", fonts.Hash, new XSolidBrush(Muted), LineHeight);
            canvas.Y += 3;
            canvas.Rule(Hairline, 0.4);
        }
    }

    private static void DrawFingerprint(ReceiptCanvas canvas, Fonts fonts, ReceiptModel model)
    {
        canvas.EnsureSpace(22 + 4 * LineHeight);
        canvas.Y += canvas.AtTop ? 0 : 8;
        canvas.Paragraph("Otisk podání (SHA-256)", fonts.StepHeading, new XSolidBrush(Ink), 18);
        canvas.Paragraph(model.SubmissionSha256, fonts.Hash, new XSolidBrush(Ink), LineHeight);
        canvas.Paragraph(
            "Otisk dokládá, že podání uložené u úřadu je totožné s údaji v tomto potvrzení.",
            fonts.Label, new XSolidBrush(Muted), LineHeight);
    }

    /// <summary>The receipt's fonts; made per render, as PDFsharp's font objects are not meant to be shared across threads.</summary>
    internal sealed class Fonts
    {
        public XFont Title { get; } = Font(20, XFontStyleEx.Bold);
        public XFont Reference { get; } = Font(18, XFontStyleEx.Bold);
        public XFont StepHeading { get; } = Font(13, XFontStyleEx.Bold);
        public XFont SectionHeading { get; } = Font(11, XFontStyleEx.Bold);
        public XFont Body { get; } = Font(10, XFontStyleEx.Regular);
        public XFont BodyBold { get; } = Font(10, XFontStyleEx.Bold);
        public XFont Label { get; } = Font(9, XFontStyleEx.Regular);
        public XFont Small { get; } = Font(9, XFontStyleEx.Regular);
        public XFont Hash { get; } = Font(8.5, XFontStyleEx.Regular);
        public XFont Footer { get; } = Font(7.5, XFontStyleEx.Regular);

        private static XFont Font(double size, XFontStyleEx style) => new(ReceiptFontResolver.Family, size, style, Unicode);
    }
}
