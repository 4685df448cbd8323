namespace Pelhrimov.Payments.Statements;

/// <summary>
/// Reads GPC/ABO statements ("výpis ve formátu ABO/GPC"): 128-character records in windows-1250, a 074 header per
/// statement followed by its 075 lines. A line that cannot be read is reported with its line number and a Czech
/// reason and is left out; a file that is not GPC at all throws <see cref="StatementFormatException"/>.
/// Layout and bank differences: docs/bank-statements.md.
/// </summary>
public static class GpcStatementParser
{
    /// <summary>Reads a statement file from a stream, refusing it unread when it is larger than <see cref="GpcOptions.MaxBytes"/>.</summary>
    public static StatementFile Parse(Stream stream, GpcOptions? options = null)
    {
        options ??= new GpcOptions();
        return Parse(StatementInput.ReadAll(stream, options.MaxBytes), options);
    }

    /// <summary>Reads a statement file held in memory.</summary>
    public static StatementFile Parse(ReadOnlySpan<byte> content, GpcOptions? options = null)
    {
        options ??= new GpcOptions();
        if (content.Length > options.MaxBytes)
        {
            throw StatementInput.TooLarge(options.MaxBytes);
        }
        var text = GpcEncoding.Decode(content);
        var reader = new GpcReader(options);
        var lineNumber = 0;
        var seenHeader = false;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (rawLine.IsWhiteSpace())
            {
                continue;
            }
            if (!seenHeader && !rawLine.StartsWith("074"))
            {
                throw new StatementFormatException(
                    $"Soubor nezačíná hlavičkou výpisu (záznam 074, řádek {lineNumber}) – nejde o výpis ve formátu GPC/ABO.");
            }
            seenHeader = true;
            reader.Read(rawLine.ToString(), lineNumber);
        }
        if (!seenHeader)
        {
            throw new StatementFormatException("Soubor neobsahuje žádný výpis (záznam 074).");
        }
        return reader.Finish();
    }
}
