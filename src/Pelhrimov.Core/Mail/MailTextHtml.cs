using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace Pelhrimov.Core.Mail;

/// <summary>The HTML alternative of a plain-text e-mail: paragraphs, line breaks and clickable addresses, nothing else,
/// so that a reworded template needs no HTML skills and cannot break the markup.</summary>
public static partial class MailTextHtml
{
    // Escapes markup only; Czech letters stay readable in the source of the message.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string From(string text)
    {
        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + string.Join("<br>\n", p.Split('\n').Select(Line)) + "</p>");
        return string.Join("\n", paragraphs);
    }

    private static string Line(string line) => Address().Replace(Encoder.Encode(line), m => $"<a href=\"{m.Value}\">{m.Value}</a>");

    // Runs on encoded text: an address never contains a raw quote or angle bracket there.
    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
