using Ganss.Xss;

namespace Pelhrimov.Core.Html;

/// <summary>Cleans editor HTML down to the structural elements a town site needs; scripts, styles and handlers are removed.</summary>
public sealed class RichTextSanitizer
{
    private static readonly string[] Tags =
    [
        "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s", "a", "blockquote",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "figure", "figcaption", "img", "div", "span", "hr", "pre", "code",
    ];

    private static readonly string[] Attributes = ["href", "title", "src", "alt", "width", "height", "scope", "colspan", "rowspan", "lang"];

    private readonly HtmlSanitizer _sanitizer;

    public RichTextSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
        };
        _sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
    }

    public string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? "" : _sanitizer.Sanitize(html).Trim();
}
