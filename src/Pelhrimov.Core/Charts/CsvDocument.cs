using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pelhrimov.Core.Charts;

/// <summary>
/// CSV as Czech Excel opens it: UTF-8 with a byte-order mark, semicolons, CRLF, a header row. Every export writes
/// through here, so text typed by visitors (searches, visited paths) can never become a spreadsheet formula.
/// </summary>
public static partial class CsvDocument
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            text.AppendJoin(';', row.Select(Field)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary><c>29.11.2026</c>: the form Czech Excel reads as a date.</summary>
    public static string Day(DateOnly date) => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    /// <summary>A row of a label and counts, the counts without grouping so that Excel reads them as numbers.</summary>
    public static IReadOnlyList<string> Row(string first, params long[] numbers) =>
        [first, .. numbers.Select(n => n.ToString(CultureInfo.InvariantCulture))];

    private static string Field(string value)
    {
        value = Inert(value);
        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>
    /// A cell that starts with = + - @ tab or CR is read by Excel and LibreOffice as a formula
    /// (<c>=HYPERLINK(…)</c>, DDE); a leading apostrophe makes it text and is not shown. Plain numbers stay numbers.
    /// </summary>
    private static string Inert(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(value)
            ? "'" + value
            : value;

    [GeneratedRegex(@"^-?[0-9]+([.,][0-9]+)?$")]
    private static partial Regex PlainNumber();
}
