using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;
using Pelhrimov.Forms.Engine.Fields;

namespace Pelhrimov.Tests.Forms.Engine;

/// <summary>What people type into each field type, normalised or refused with the standard Czech message.</summary>
public sealed class FieldInputTests
{
    private static FieldResult Read(FormField field, string value) =>
        FieldParser.Parse(field, field.Id, Posts.Of((field.Id, value)), SampleForms.Today);

    private static FormField Field(FieldType type, Action<FormField>? setup = null)
    {
        var field = new FormField { Id = "pole", Label = "Pole", Type = type };
        setup?.Invoke(field);
        return field;
    }

    [Theory]
    [InlineData("1 500,50", "1500.5")]
    [InlineData("1500.50", "1500.5")]
    [InlineData("1\u00A0500 Kč", "1500")]
    [InlineData("1500,-", "1500")]
    [InlineData("1.500,00", "1500")]
    [InlineData("0,5", "0.5")]
    public void An_amount_accepts_the_czech_decimal_comma_and_spaces(string input, string stored) =>
        Assert.Equal(stored, Read(Field(FieldType.Amount), input).Value?.Text);

    [Theory]
    [InlineData("12,345", "Zadejte číslo s nejvýše 2 desetinnými místy")]
    [InlineData("abc", "Zadejte částku v korunách, například 1 500 nebo 1 500,50")]
    [InlineData("-5", "Zadejte částku 0\u00A0Kč nebo větší")]
    public void A_wrong_amount_is_refused_with_a_message(string input, string message) =>
        Assert.Equal(message, Read(Field(FieldType.Amount, f => f.Min = 0), input).Error);

    [Fact]
    public void A_number_keeps_to_its_decimals_and_limits()
    {
        var count = Field(FieldType.Number, f => { f.Min = 1; f.Max = 20; });
        Assert.Equal("3", Read(count, " 3 ").Value?.Text);
        Assert.Equal("Zadejte celé číslo", Read(count, "2,5").Error);
        Assert.Equal("Zadejte číslo od 1 do 20", Read(count, "21").Error);
        var area = Field(FieldType.Number, f => f.Decimals = 1);
        Assert.Equal("12.5", Read(area, "12,5").Value?.Text);
    }

    [Theory]
    [InlineData("29. 11. 2026")]
    [InlineData("29.11.2026")]
    [InlineData("2026-11-29")]
    [InlineData(" 29 . 11 . 2026 ")]
    public void A_date_is_read_in_czech_and_iso_forms(string input) =>
        Assert.Equal("2026-11-29", Read(Field(FieldType.Date), input).Value?.Text);

    [Theory]
    [InlineData("31. 2. 2026")]
    [InlineData("29/11/2026")]
    [InlineData("zítra")]
    [InlineData("29. 11. 26")]
    public void An_impossible_date_is_refused(string input) =>
        Assert.Equal("Zadejte skutečné datum ve tvaru den. měsíc. rok, například 29. 11. 2026", Read(Field(FieldType.Date), input).Error);

    [Fact]
    public void A_date_limit_relative_to_today_is_applied()
    {
        var adult = Field(FieldType.Date, f => f.MaxDate = "today-18y");
        Assert.Null(Read(adult, "29. 11. 2008").Error);
        Assert.Equal("Datum musí být 29.\u00A011.\u00A02008 nebo dřívější", Read(adult, "30. 11. 2008").Error);
        var soon = Field(FieldType.Date, f => { f.MinDate = "today"; f.MaxDate = "today+30d"; });
        Assert.Null(Read(soon, "29. 12. 2026").Error);
        Assert.Equal("Zadejte datum od 29.\u00A011.\u00A02026 do 29.\u00A012.\u00A02026", Read(soon, "30. 12. 2026").Error);
    }

    [Fact]
    public void A_text_is_trimmed_and_capped_at_its_length()
    {
        Assert.Equal("Alík", Read(Field(FieldType.Text), "  Alík \r\n").Value?.Text);
        Assert.Equal("Text může mít nejvýše 200 znaků (má 201)", Read(Field(FieldType.Text), new string('a', 201)).Error);
        Assert.Null(Read(Field(FieldType.LongText), new string('a', 5000)).Error);
        Assert.NotNull(Read(Field(FieldType.LongText), new string('a', 5001)).Error);
        Assert.Equal("řádek 1\nřádek 2", Read(Field(FieldType.LongText), "řádek 1\r\nřádek 2").Value?.Text);
    }

    [Fact]
    public void Identifiers_are_normalised_and_refused_with_the_standard_messages()
    {
        Assert.Equal("7803120040", Read(Field(FieldType.BirthNumber), "780312/0040").Value?.Text);
        Assert.Equal("Rodné číslo není platné – zkontrolujte, zda jste ho opsali správně", Read(Field(FieldType.BirthNumber), "850723/1239").Error);
        Assert.Equal("01859951", Read(Field(FieldType.Ico), "1859951").Value?.Text);
        Assert.Equal("19-2000145399/0800", Read(Field(FieldType.BankAccount), "000019 - 2000145399 / 0800").Value?.Text);
        Assert.Contains("kontrolní součet", Read(Field(FieldType.BankAccount), "19-2000145398/0800").Error);
        Assert.Equal("203098100123456", Read(Field(FieldType.Microchip), "203 098 100 123 456").Value?.Text);
        Assert.Equal("+420777123456", Read(Field(FieldType.Phone), "777 123 456").Value?.Text);
        Assert.StartsWith("Zadejte e-mailovou adresu", Read(Field(FieldType.Email), "jan@").Error);
    }

    [Fact]
    public void The_editors_own_message_replaces_the_standard_one()
    {
        var field = Field(FieldType.BirthNumber, f => f.Errors = new FieldErrors { Invalid = "Rodné číslo dítěte není platné" });
        Assert.Equal("Rodné číslo dítěte není platné", Read(field, "123").Error);
    }

    [Fact]
    public void A_choice_value_not_offered_is_refused()
    {
        var field = Field(FieldType.Choice, f => f.Choices = [new FieldChoice { Value = "a", Label = "A" }]);
        Assert.Equal("a", Read(field, "a").Value?.Text);
        Assert.Equal("Vyberte jednu z nabízených možností", Read(field, "b").Error);
        Assert.Equal("Vyberte jednu z nabízených možností", Read(Field(FieldType.YesNo), "možná").Error);
        var multi = Field(FieldType.MultiChoice, f => f.Choices = [new FieldChoice { Value = "a", Label = "A" }, new FieldChoice { Value = "b", Label = "B" }]);
        var both = FieldParser.Parse(multi, "pole", Posts.Of(("pole", "b"), ("pole", "a"), ("pole", "b")), SampleForms.Today);
        Assert.Equal(["a", "b"], both.Value!.Values!);
        Assert.NotNull(FieldParser.Parse(multi, "pole", Posts.Of(("pole", "a"), ("pole", "x")), SampleForms.Today).Error);
    }

    [Fact]
    public void An_address_needs_a_town_a_house_number_and_a_czech_postcode()
    {
        var field = Field(FieldType.Address);
        var ok = FieldParser.Parse(field, "a", Posts.Of(("a.cislo", "12"), ("a.obec", "Vysoká Lhota"), ("a.psc", "394 03")), SampleForms.Today);
        Assert.Equal(new AddressValue("", "12", "Vysoká Lhota", "39403"), ok.Value!.Address);
        var bad = FieldParser.Parse(field, "a", Posts.Of(("a.cislo", "12"), ("a.obec", "Pelhřimov"), ("a.psc", "939 01")), SampleForms.Today);
        Assert.Equal(("PSČ má 5 číslic, například 393 01", "psc"), (bad.Error, bad.ErrorPart));
    }

    private static UploadedFile Upload(string name, byte[] head, long length = 1000, string? declared = null) =>
        new("soubor", name, length, head) { DeclaredType = declared };

    private static readonly byte[] PdfHead = "%PDF-1.7\n%âãÏÓ\n"u8.ToArray();
    private static readonly byte[] PngHead = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] JpegHead = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1];

    [Fact]
    public void A_file_is_accepted_by_its_bytes_and_size()
    {
        var field = Field(FieldType.File);
        Assert.Null(FileInput.Check(field, Upload("smlouva.pdf", PdfHead, declared: "application/pdf")));
        Assert.Null(FileInput.Check(field, Upload("foto.PNG", PngHead)));
        Assert.Null(FileInput.Check(field, Upload("foto.jpg", JpegHead, declared: "image/jpeg")));
        Assert.Equal("Soubor může mít nejvýše 5\u00A0MB", FileInput.Check(field, Upload("velky.pdf", PdfHead, 5 * 1024 * 1024 + 1)));
    }

    [Fact]
    public void A_file_whose_bytes_do_not_match_its_name_or_declared_type_is_refused()
    {
        var field = Field(FieldType.File);
        Assert.StartsWith("Obsah souboru neodpovídá", FileInput.Check(field, Upload("foto.pdf", PngHead)));
        Assert.StartsWith("Obsah souboru neodpovídá", FileInput.Check(field, Upload("smlouva.pdf", PdfHead, declared: "image/png")));
        Assert.Equal("Soubor musí být PDF, PNG nebo JPEG", FileInput.Check(field, Upload("virus.pdf", "MZ\x90\0\x03\0\0\0"u8.ToArray())));
        var pdfOnly = Field(FieldType.File, f => f.Accept = [FileInput.Pdf]);
        Assert.Equal("Soubor musí být PDF", FileInput.Check(pdfOnly, Upload("foto.png", PngHead)));
    }

    [Fact]
    public void A_file_limit_above_twenty_megabytes_is_capped()
    {
        var field = Field(FieldType.File, f => f.MaxBytes = 100L * 1024 * 1024);
        Assert.Equal(FileInput.HardMaxBytes, FileInput.MaxBytes(field));
        Assert.NotNull(FileInput.Check(field, Upload("plan.pdf", PdfHead, FileInput.HardMaxBytes + 1)));
    }
}
