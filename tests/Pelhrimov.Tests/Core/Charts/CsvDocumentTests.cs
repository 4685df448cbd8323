using System.Text;
using Pelhrimov.Core.Charts;

namespace Pelhrimov.Tests.Core.Charts;

public sealed class CsvDocumentTests
{
    private static string[] Lines(byte[] csv) => Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n");

    [Theory]
    [InlineData("=HYPERLINK(\"http://zle.example\";\"klikni\")", "\"'=HYPERLINK(\"\"http://zle.example\"\";\"\"klikni\"\")\"")]
    [InlineData("+420 123", "'+420 123")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    public void A_cell_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string value, string written)
    {
        var lines = Lines(CsvDocument.Write(["Výraz"], [[value]]));

        Assert.Equal(written, string.Join("\r\n", lines[1..^1]));
    }

    [Fact]
    public void Numbers_and_ordinary_text_are_written_as_they_are()
    {
        var lines = Lines(CsvDocument.Write(["Den", "Počet"], [CsvDocument.Row("29.11.2026", 1500), ["-12", "odpad - svoz"]]));

        Assert.Equal(["Den;Počet", "29.11.2026;1500", "-12;odpad - svoz", ""], lines);
    }
}
