using System.Text;
using QRCoder;

namespace Pelhrimov.Identity.Services;

/// <summary>Presents an authenticator key to a person: in groups of four to type, or as a QR code to scan.</summary>
public static class AuthenticatorKey
{
    /// <summary><c>JBSW Y3DP EHPK 3PXP</c>, lower-cased as authenticator apps accept it either way.</summary>
    public static string Format(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                result.Append(' ');
            }
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return result.ToString().ToLowerInvariant();
    }

    /// <summary>The <c>otpauth://totp/…</c> URI authenticator apps read from the QR code.</summary>
    public static string Uri(string issuer, string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6";

    /// <summary>The URI as an SVG QR code in a <c>data:</c> URI, allowed by the admin's content security policy.</summary>
    public static string QrCodeDataUri(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(5);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
