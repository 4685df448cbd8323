using System.Text;
using Pelhrimov.Core.Settings;

namespace Pelhrimov.Tests.Core.Settings;

/// <summary>The town's emblem is a PNG or a plain SVG: nothing a browser would run as a page of the site.</summary>
public sealed class SiteEmblemTests
{
    private const string Shield = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><path d=\"M0 0h10v10H0z\" fill=\"#0f4a23\"/></svg>";

    [Fact]
    public void A_plain_svg_and_a_png_are_taken_with_their_type_and_a_version_that_follows_the_bytes()
    {
        var (svg, error) = SiteEmblem.Apply(new SiteBranding(), "znak.svg", Encoding.UTF8.GetBytes(Shield));
        var (png, _) = SiteEmblem.Apply(new SiteBranding(), "znak.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);

        Assert.Null(error);
        Assert.Equal("image/svg+xml", svg!.EmblemContentType);
        Assert.Equal("image/png", png!.EmblemContentType);
        Assert.True(svg.HasEmblem);
        Assert.NotEqual(svg.EmblemVersion, png.EmblemVersion);
        Assert.Equal(Shield, Encoding.UTF8.GetString(Convert.FromBase64String(svg.EmblemBase64!)));
    }

    [Theory]
    [InlineData("znak.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("znak.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("znak.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>x</p></foreignObject></svg>")]
    [InlineData("znak.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><image x:href=\"https://example.com/a.png\"/></svg>")]
    [InlineData("znak.svg", "<!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><svg>&e;</svg>")]
    [InlineData("znak.svg", "<html><body>not an emblem</body></html>")]
    [InlineData("znak.svg", "not xml at all")]
    [InlineData("znak.png", "GIF89a not a png")]
    [InlineData("znak.gif", "GIF89a")]
    public void Anything_else_is_refused_with_a_Czech_reason(string fileName, string content)
    {
        var (branding, error) = SiteEmblem.Apply(new SiteBranding(), fileName, Encoding.UTF8.GetBytes(content));

        Assert.Null(branding);
        Assert.Equal("Znak obce musí být obrázek PNG nebo SVG bez skriptů a odkazů ven.", error);
    }

    [Fact]
    public void An_emblem_over_256_kB_is_refused()
    {
        var bytes = new byte[SiteEmblem.MaxBytes + 1];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);

        var (branding, error) = SiteEmblem.Apply(new SiteBranding(), "znak.png", bytes);

        Assert.Null(branding);
        Assert.Equal("Znak obce musí mít nejvýše 256 kB.", error);
    }
}
