using Pelhrimov.Forms.Receipts;

namespace Pelhrimov.Tests.Forms.Receipts;

public sealed class ReceiptPdfTests
{
    [Fact]
    public void The_receipt_shows_its_heading_reference_form_version_time_and_submitter()
    {
        using var pdf = new ReceiptReader(ReceiptPdf.Render(ReceiptModels.DogRegistration()));

        var text = pdf.PageText(0);
        Assert.Contains("Potvrzení o podání", text);
        Assert.Contains("PE-2026-000123", text);
        Assert.Contains("Ohlášení psa", text);
        Assert.Contains("Verze formuláře3", text);
        Assert.Contains("29. 11. 2026 14:05", text); // 13:05 UTC is 14:05 in Prague in winter
        Assert.Contains("Jana Řeřichová", text);
        Assert.Equal(595, pdf.Pages[0].Width, 0);
        Assert.Equal(842, pdf.Pages[0].Height, 0);
    }

    [Fact]
    public void Answers_keep_their_czech_diacritics_and_every_label()
    {
        using var pdf = new ReceiptReader(ReceiptPdf.Render(ReceiptModels.DogRegistration()));

        var text = pdf.AllText;
        Assert.Contains("Jméno psaŘeřicha", text);
        Assert.Contains("PlemenoŽluťoučký kůň úpěl ďábelské ódy", text);
        Assert.Contains("Adresa trvalého pobytuKvětná 1234/5, 393 01 Pelhřimov", text);
        Assert.Contains("Poplatek za rok 20261 500 Kč", text);
        Assert.Contains("očkovací průkaz.pdf", text);
        Assert.Contains("SHA-256: " + new string('a', 64), text);
    }

    [Fact]
    public void Markup_in_an_answer_is_printed_as_the_characters_typed()
    {
        using var pdf = new ReceiptReader(ReceiptPdf.Render(ReceiptModels.DogRegistration()));

        Assert.Contains("<script>alert('x')</script> & <b>tučně</b>", pdf.AllText);
    }

    [Fact]
    public void Every_page_carries_the_submission_sha256_and_the_fingerprint_is_printed_in_full()
    {
        using var pdf = new ReceiptReader(ReceiptPdf.Render(ReceiptModels.LongForm(ReceiptModels.LongAnswer())));

        Assert.All(Enumerable.Range(0, pdf.Pages.Count), i => Assert.Contains("SHA-256 podání: " + ReceiptModels.Sha256, pdf.PageText(i)));
        Assert.Contains("Otisk podání (SHA-256)" + ReceiptModels.Sha256, pdf.AllText);
    }

    [Fact]
    public void An_anonymous_submission_says_so()
    {
        using var pdf = new ReceiptReader(ReceiptPdf.Render(ReceiptModels.DogRegistration(submitter: null)));

        Assert.Contains("PodatelAnonymní podání", pdf.PageText(0));
    }

    [Fact]
    public void Summer_time_is_shown_in_prague_time()
    {
        var model = ReceiptModels.DogRegistration() with { SubmittedAtUtc = new DateTime(2026, 7, 1, 22, 30, 0, DateTimeKind.Utc) };

        using var pdf = new ReceiptReader(ReceiptPdf.Render(model));

        Assert.Contains("2. 7. 2026 0:30", pdf.PageText(0));
    }

    [Fact]
    public void A_long_form_spans_pages_numbered_x_of_y_without_losing_a_row_or_a_word()
    {
        var answer = ReceiptModels.LongAnswer();
        Assert.InRange(answer.Length, 3000, 3600);

        using var pdf = new ReceiptReader(ReceiptPdf.Render(ReceiptModels.LongForm(answer)));

        var pages = pdf.Pages.Count;
        Assert.InRange(pages, 3, 6);
        for (var i = 0; i < pages; i++)
        {
            Assert.Contains($"Strana {i + 1} z {pages}", pdf.PageText(i));
        }

        var all = pdf.AllText;
        foreach (var n in Enumerable.Range(1, 40).Where(n => n != 17))
        {
            Assert.Contains($"Otázka číslo {n}Odpověď číslo {n}", all);
        }

        // The value column read across all pages holds the long answer whole and in order: no line lost or repeated.
        var values = Squeeze(pdf.TextRightOf(ReceiptCanvasValueColumn, ReceiptCanvasFooterTop));
        Assert.Contains(Squeeze(answer), values);
        Assert.Contains("(pokračování)", all);
    }

    [Fact]
    public void No_letter_is_drawn_outside_the_page_margins()
    {
        using var pdf = new ReceiptReader(ReceiptPdf.Render(ReceiptModels.LongForm(ReceiptModels.LongAnswer())));

        Assert.All(pdf.Pages, page => Assert.All(page.Letters, letter =>
        {
            Assert.InRange(letter.BoundingBox.Left, 56, page.Width - 56);
            Assert.InRange(letter.BoundingBox.Right, 56, page.Width - 56);
            Assert.InRange(letter.BoundingBox.Bottom, 30, page.Height - 50);
        }));
    }

    [Fact]
    public void The_font_is_dejavu_sans_embedded_in_the_file()
    {
        using var pdf = new ReceiptReader(ReceiptPdf.Render(ReceiptModels.DogRegistration()));

        var fonts = pdf.Fonts().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font =>
        {
            Assert.Contains("DejaVu Sans", font.Name);
            Assert.True(font.Embedded, $"{font.Name} is not embedded");
        });
        Assert.Contains(fonts, font => font.Name.Contains("Bold", StringComparison.Ordinal));
    }

    [Fact]
    public void The_metadata_names_the_receipt_by_its_reference_and_nothing_about_the_person()
    {
        using var pdf = new ReceiptReader(ReceiptPdf.Render(ReceiptModels.DogRegistration()));

        var info = pdf.Information;
        Assert.Equal("Potvrzení o podání PE-2026-000123", info.Title);
        var metadata = string.Join('\n', info.DocumentInformationDictionary!.Data.Values.Select(v => v.ToString()));
        Assert.DoesNotContain("Řeřich", metadata);
        Assert.DoesNotContain("Květná", metadata);
    }

    [Fact]
    public async Task Receipts_rendered_at_the_same_time_each_hold_only_their_own_answers()
    {
        var references = Enumerable.Range(1, 12).Select(i => $"PE-2026-{i:D6}").ToList();

        var pdfs = await Task.WhenAll(references.Select(reference => Task.Run(() =>
            ReceiptPdf.Render(ReceiptModels.LongForm(ReceiptModels.LongAnswer()) with { ReferenceNumber = reference }))));

        for (var i = 0; i < references.Count; i++)
        {
            using var pdf = new ReceiptReader(pdfs[i]);
            var text = pdf.AllText;
            Assert.Contains(references[i], text);
            Assert.DoesNotContain(references.Where((_, j) => j != i), other => text.Contains(other, StringComparison.Ordinal));
            Assert.Contains(Squeeze(ReceiptModels.LongAnswer()), Squeeze(pdf.TextRightOf(ReceiptCanvasValueColumn, ReceiptCanvasFooterTop)));
        }
    }

    // The layout's value column and footer line, in points from the left and from the top (ReceiptPdf, ReceiptCanvas).
    private const double ReceiptCanvasValueColumn = 56.7 + 165 + 12;
    private const double ReceiptCanvasFooterTop = 841.89 - 56.7 - 8;

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
