using Pelhrimov.Core.Html;

namespace Pelhrimov.Tests.Core.Html;

public sealed class RichTextSanitizerTests
{
    private readonly RichTextSanitizer _sanitizer = new();

    [Fact]
    public void Script_elements_are_removed()
    {
        var html = _sanitizer.Sanitize("<p>Úřední hodiny</p><script>alert('x')</script>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<p>Úřední hodiny</p>", html);
    }

    [Fact]
    public void Event_handler_attributes_are_removed()
    {
        var html = _sanitizer.Sanitize("<p onclick=\"steal()\">Text</p><img src=\"https://example.cz/a.jpg\" alt=\"A\" onerror=\"steal()\">");

        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p>Text</p>", html);
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">odkaz</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">odkaz</a>")]
    [InlineData("<a href=\"  javascript:alert(1)\">odkaz</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">odkaz</a>")]
    public void Script_links_lose_their_href(string input)
    {
        var html = _sanitizer.Sanitize(input);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("odkaz", html);
    }

    [Fact]
    public void Inline_styles_are_removed()
    {
        Assert.Equal("<p>Text</p>", _sanitizer.Sanitize("<p style=\"position:fixed;top:0\">Text</p>"));
    }

    [Fact]
    public void Structural_elements_and_safe_links_are_kept_as_written()
    {
        const string input =
            "<h2>Svoz odpadu</h2><p><strong>Pozor:</strong> svoz bude <em>v sobotu</em>, viz " +
            "<a href=\"https://www.pelhrimov.cz/odpady\">odpady</a> nebo <a href=\"mailto:podatelna@pelhrimov.cz\">e-mail</a>.</p>" +
            "<ul><li>papír</li><li>plast</li></ul>" +
            "<table><caption>Termíny</caption><thead><tr><th scope=\"col\">Den</th></tr></thead><tbody><tr><td>sobota</td></tr></tbody></table>";

        Assert.Equal(input, _sanitizer.Sanitize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_gives_empty_output(string? input)
    {
        Assert.Equal("", _sanitizer.Sanitize(input));
    }
}
