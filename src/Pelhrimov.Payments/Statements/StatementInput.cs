namespace Pelhrimov.Payments.Statements;

/// <summary>Reading an uploaded file with a size bound, for both parsers.</summary>
internal static class StatementInput
{
    public static byte[] ReadAll(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static StatementFormatException TooLarge(long maxBytes) =>
        new($"Soubor je větší, než je pro výpis povoleno ({Megabytes(maxBytes)} MB).");

    private static string Megabytes(long bytes) =>
        (bytes / (1024m * 1024m)).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("cs-CZ"));
}
