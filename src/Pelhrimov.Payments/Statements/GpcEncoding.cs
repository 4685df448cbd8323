using System.Text;

namespace Pelhrimov.Payments.Statements;

/// <summary>
/// Decides whether bytes are a windows-1250 text before decoding them: every single byte decodes in windows-1250
/// (almost), so a UTF-8 file or a binary one would otherwise turn silently into wrong names and wrong columns.
/// </summary>
internal static class GpcEncoding
{
    // .NET Core ships the legacy code pages but does not register them; the provider is asked directly, so the
    // library changes nothing process-wide.
    public static readonly Encoding Windows1250 = CodePagesEncodingProvider.Instance.GetEncoding(1250)
        ?? throw new InvalidOperationException("The windows-1250 code page is not available.");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the file, or throws <see cref="StatementFormatException"/> saying in Czech what the file is instead.</summary>
    public static string Decode(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            throw new StatementFormatException("Soubor je prázdný.");
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            throw new StatementFormatException(Utf8Message);
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new StatementFormatException("Soubor je v kódování UTF-16; výpisy GPC jsou v kódování windows-1250. Stáhněte výpis z banky znovu, bez převodu kódování.");
        }
        var hasNonAscii = false;
        for (var i = 0; i < content.Length; i++)
        {
            var b = content[i];
            // SUB (0x1A) closes files written by DOS-era software; tolerated at the very end only.
            if (b < 0x20 && b is not (byte)'\r' and not (byte)'\n' && !(b == 0x1A && i == content.Length - 1))
            {
                throw new StatementFormatException("Soubor obsahuje binární data, nejde o textový výpis ve formátu GPC.");
            }
            if (b >= 0x80)
            {
                hasNonAscii = true;
                // Bytes that windows-1250 leaves undefined.
                if (b is 0x81 or 0x83 or 0x88 or 0x90 or 0x98)
                {
                    throw new StatementFormatException("Soubor obsahuje znaky, které v kódování windows-1250 neexistují – nejde o výpis GPC v kódování windows-1250.");
                }
            }
        }
        if (hasNonAscii && IsUtf8(content))
        {
            // A windows-1250 text with Czech letters is practically never valid UTF-8; a converted one always is.
            throw new StatementFormatException(Utf8Message);
        }
        return Windows1250.GetString(content);
    }

    private const string Utf8Message =
        "Soubor je v kódování UTF-8, výpisy GPC jsou v kódování windows-1250 – jména plátců by se načetla chybně. Stáhněte výpis z banky znovu, bez převodu kódování.";

    private static bool IsUtf8(ReadOnlySpan<byte> content)
    {
        try
        {
            StrictUtf8.GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
