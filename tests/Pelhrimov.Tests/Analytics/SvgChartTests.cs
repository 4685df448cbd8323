using Pelhrimov.Core.Charts;
using AngleSharp.Html.Parser;
using Pelhrimov.Analytics.Services;

namespace Pelhrimov.Tests.Analytics;

/// <summary>The SVG chart renderer: accessible markup, scaled geometry, escaped text.</summary>
public sealed class SvgChartTests
{
    private static readonly ChartText Text = new("graf", "Návštěvnost <týden>", "Popis & souhrn", "Den", "Počet");

    [Fact]
    public void A_line_chart_is_an_image_named_by_its_title_and_description()
    {
        var svg = Parse(SvgChart.Line(Text, ["1. 11.", "2. 11.", "3. 11."],
            [new ChartSeries("Zobrazení", [1, 5, 3], "#000"), new ChartSeries("Návštěvy", [1, 2, 2], "#a00", Dashed: true)]));

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("graf-title graf-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Návštěvnost <týden>", svg.QuerySelector("title#graf-title")!.TextContent);
        Assert.Equal("Popis & souhrn", svg.QuerySelector("desc#graf-desc")!.TextContent);
        var lines = svg.QuerySelectorAll("polyline");
        Assert.Equal(2, lines.Length);
        Assert.Equal(3, lines[0].GetAttribute("points")!.Split(' ').Length);
        Assert.Equal("6 4", lines[1].GetAttribute("stroke-dasharray"));
        var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        Assert.Contains("2. 11.", texts);
        Assert.Contains("Den", texts);
        Assert.Contains("Počet", texts);
        Assert.Contains("Návštěvy", texts);
    }

    [Fact]
    public void Horizontal_bars_are_as_long_as_their_values_and_labelled_with_them()
    {
        var svg = Parse(SvgChart.HorizontalBars(Text, ["/", "/aktuality"], [1000, 250], "#000"));

        var widths = svg.QuerySelectorAll("rect").Select(r => double.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, widths.Count);
        Assert.Equal(4.0, widths[0] / widths[1], 1);
        var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        Assert.Contains("1\u00A0000", texts);
        Assert.Contains("/aktuality", texts);
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(3, 4)]
    [InlineData(7, 8)]
    [InlineData(9, 20)]
    [InlineData(95, 100)]
    [InlineData(1234, 2000)]
    public void The_value_axis_ends_on_a_round_number(double max, double expected) =>
        Assert.Equal(expected, SvgChart.NiceMax(max));

    private static AngleSharp.Dom.IElement Parse(string svg) =>
        new HtmlParser().ParseDocument($"<body>{svg}</body>").QuerySelector("svg")!;
}
