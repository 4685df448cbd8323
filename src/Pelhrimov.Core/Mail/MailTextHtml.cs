using System.Net;
using System.Text.RegularExpressions;

namespace Pelhrimov.Core.Mail;

/// <summary>The HTML alternative of a plain-text e-mail: paragraphs, line breaks and clickable addresses, nothing else,
/// so that a reworded template needs no HTML skills and cannot break the markup.</summary>
public static partial class MailTextHtml
{
    public static string From(string text)
    {
        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + Address().Replace(WebUtility.HtmlEncode(p), m => $"<a href=\"{m.Value}\">{m.Value}</a>").Replace("\n", "<br>\n") + "</p>");
        return string.Join("\n", paragraphs);
    }

    // Runs on encoded text: an address never contains a raw quote or angle bracket there.
    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
