using QRCoder;

namespace Pelhrimov.Receivables.Payments;

/// <summary>The QR Platba code as a PNG image: error correction level M (for print and screens), a quiet zone of four modules.</summary>
public static class QrPlatbaImage
{
    /// <summary>Pixels per QR module: a code of about 250 px, which phones read from a screen and from paper.</summary>
    private const int PixelsPerModule = 6;

    public static byte[] Png(string spayd)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(spayd, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }

    /// <summary>A <c>data:</c> URL of the PNG, for an <c>&lt;img&gt;</c> inline in the page that is already checked against its owner.</summary>
    public static string DataUrl(string spayd) => "data:image/png;base64," + Convert.ToBase64String(Png(spayd));
}
