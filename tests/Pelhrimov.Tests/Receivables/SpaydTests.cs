using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Payments;
using Pelhrimov.Receivables.Services;
using SkiaSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Pelhrimov.Tests.Receivables;

public sealed class SpaydTests
{
    [Fact]
    public void The_reference_vector_gets_its_published_checksum()
    {
        var spayd = Spayd.Create(new SpaydPayment("CZ5855000000001265098001", 100m));

        Assert.Equal("SPD*1.0*ACC:CZ5855000000001265098001*AM:100.00*CC:CZK*CRC32:AAD80227", spayd);
    }

    [Fact]
    public void The_municipal_reference_example_is_reproduced_character_for_character()
    {
        var spayd = Spayd.Create(new SpaydPayment("CZ6508000000192000145399", 1500m, VariableSymbol: "2026000123",
            Date: new DateOnly(2026, 12, 15), Message: "Poplatek ze psa 2027", RecipientName: "Obec Vzorov"));

        Assert.Equal("SPD*1.0*ACC:CZ6508000000192000145399*AM:1500.00*CC:CZK*DT:20261215*MSG:POPLATEK ZE PSA 2027"
            + "*RN:OBEC VZOROV*X-VS:2026000123*CRC32:7E7A7E6B", spayd);
    }

    [Fact]
    public void Specific_and_constant_symbols_are_written_as_X_SS_and_X_KS()
    {
        var spayd = Spayd.Create(new SpaydPayment("CZ6508000000192000145399", 12.5m, "123", "4567", "0308"));

        Assert.StartsWith("SPD*1.0*ACC:CZ6508000000192000145399*AM:12.50*CC:CZK*X-KS:0308*X-SS:4567*X-VS:123*CRC32:", spayd);
    }

    [Theory]
    [InlineData("Poplatek za komunální odpad 2026", "POPLATEK ZA KOMUNALNI ODPAD 2026")]
    [InlineData("Nájem *bytu* č. 5 – březen", "NAJEM BYTU C. 5 BREZEN")]
    [InlineData("  Žluťoučký kůň  ", "ZLUTOUCKY KUN")]
    [InlineData("100% sleva", "100%25 SLEVA")]
    public void The_message_is_upper_case_ASCII_without_the_separator(string message, string expected)
    {
        Assert.Equal(expected, Spayd.CleanMessage(message));
    }

    [Fact]
    public void A_long_message_is_cut_to_sixty_characters()
    {
        Assert.Equal(60, Spayd.CleanMessage(new string('A', 80))!.Length);
    }

    [Fact]
    public void The_rendered_QR_image_decodes_back_to_the_exact_SPAYD_string()
    {
        var receivable = new ReceivableSummary("ODP-2026-1", "OS-000001", "Poplatek za komunální odpad", "2026", 1_200m, 200m,
            new DateOnly(2026, 5, 31), "2026000101", "1001", null, new BankAccount("19", "623101", "0800"), false);
        var spayd = Spayd.For(receivable, receivable.Outstanding);

        var decoded = Decode(QrPlatbaImage.Png(spayd));

        Assert.Equal(spayd, decoded);
        Assert.Contains("*AM:1000.00*", spayd, StringComparison.Ordinal);
        Assert.Contains("ACC:" + receivable.Account.Iban, spayd, StringComparison.Ordinal);
    }

    /// <summary>Reads a QR code from PNG bytes the way a phone would: pixels to luminance, then ZXing's QR reader.</summary>
    internal static string? Decode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var pixels = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                pixels[(y * bitmap.Width) + x] = (byte)((c.Red + c.Green + c.Blue) / 3);
            }
        }
        var source = new RGBLuminanceSource(pixels, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
        return result?.Text;
    }
}
