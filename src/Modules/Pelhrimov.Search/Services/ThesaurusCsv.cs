using System.Text;

namespace Pelhrimov.Search.Services;

/// <summary>
/// The thesaurus as CSV (UTF-8, semicolon-separated, as Czech Excel opens it): <c>Hledané výrazy;Synonyma;Oběma směry</c>, the
/// last column <c>ano</c> or <c>ne</c>. Phrases within a cell are separated by commas. A header row is optional on import.
/// </summary>
public static class ThesaurusCsv
{
    public static readonly IReadOnlyList<string> Header = ["Hledané výrazy", "Synonyma", "Oběma směry"];

    /// <summary>The rows of <paramref name="text"/>, or the Czech message of the first row that is not three cells.</summary>
    public static (IReadOnlyList<ThesaurusInput> Rows, string? Error) Parse(string text)
    {
        var rows = new List<ThesaurusInput>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r').TrimStart('\uFEFF');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cells = Cells(line);
            if (cells.Count != 3)
            {
                return ([], $"Řádek {lineNumber} nemá tři sloupce (hledané výrazy; synonyma; oběma směry ano/ne).");
            }
            if (rows.Count == 0 && string.Equals(cells[0], Header[0], StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            bool? twoWay = cells[2].Trim().ToLowerInvariant() switch { "ano" or "a" or "1" => true, "ne" or "n" or "0" or "" => false, _ => null };
            if (twoWay is null)
            {
                return ([], $"Řádek {lineNumber}: ve třetím sloupci má být „ano“ nebo „ne“.");
            }
            rows.Add(new ThesaurusInput(cells[0].Trim(), cells[1].Trim(), twoWay.Value));
        }
        return (rows, null);
    }

    // Cells separated by ';', a cell may be quoted with "" for a quote inside.
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ';')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
