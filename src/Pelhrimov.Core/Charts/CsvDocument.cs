using System.Globalization;
using System.Text;

namespace Pelhrimov.Core.Charts;

/// <summary>CSV as Czech Excel opens it: UTF-8 with a byte-order mark, semicolons, CRLF, a header row.</summary>
public static class CsvDocument
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

    private static string Field(string value) =>
        value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
