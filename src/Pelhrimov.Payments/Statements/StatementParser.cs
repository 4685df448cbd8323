namespace Pelhrimov.Payments.Statements;

/// <summary>Reads an uploaded statement in either format, telling them apart by content rather than by file name.</summary>
public static class StatementParser
{
    /// <summary>camt.053 when the content starts (after a BOM and white space) with <c>&lt;</c>, GPC otherwise.</summary>
    public static StatementFormat Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }
        var start = content.IndexOfAnyExcept((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
        return start >= 0 && content[start] == (byte)'<' ? StatementFormat.Camt053 : StatementFormat.Gpc;
    }

    public static StatementFile Parse(byte[] content, GpcOptions? gpc = null, CamtOptions? camt = null) =>
        Detect(content) == StatementFormat.Camt053 ? CamtStatementParser.Parse(content, camt) : GpcStatementParser.Parse(content, gpc);
}
