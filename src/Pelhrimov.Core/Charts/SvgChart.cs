using System.Globalization;
using System.Text;
using Pelhrimov.Core.Formatting;

namespace Pelhrimov.Core.Charts;

/// <summary>One line of a line chart; <paramref name="Dashed"/> tells series apart without colour.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values, string Color, bool Dashed = false);

/// <summary>The text that makes a chart accessible: its name, a summary of what it shows, and axis labels.</summary>
public sealed record ChartText(string Id, string Title, string Description, string XAxis, string YAxis);

/// <summary>Server-side SVG charts with a text alternative (<c>role="img"</c>, <c>&lt;title&gt;</c>, <c>&lt;desc&gt;</c>); no JavaScript.</summary>
public static class SvgChart
{
    private const int Width = 720;
    private const int Left = 64;
    private const int Right = 16;
    private const int GridLines = 4;
    private const string Ink = "#1f1f1f";
    private const string Grid = "#d4d4d4";

    /// <summary>Series over the same labelled points (days), with a value axis from zero and a legend.</summary>
    public static string Line(ChartText text, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series)
    {
        const int top = 40, bottom = 56, height = 280;
        var plotWidth = Width - Left - Right;
        var plotHeight = height - top - bottom;
        var max = NiceMax(series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var svg = Open(text, height);

        for (var i = 0; i <= GridLines; i++)
        {
            var y = top + plotHeight - plotHeight * i / (double)GridLines;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke=\"{Grid}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{N(y + 4)}\" text-anchor=\"end\">{Escape(Count(max * i / GridLines))}</text>");
        }
        double X(int i) => labels.Count <= 1 ? Left + plotWidth / 2.0 : Left + plotWidth * i / (double)(labels.Count - 1);
        var every = Math.Max(1, (int)Math.Ceiling(labels.Count / 10.0));
        // Counted back from the last point, so that the latest day (today) always has its label.
        for (var i = labels.Count - 1; i >= 0; i -= every)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(i))}\" y=\"{top + plotHeight + 18}\" text-anchor=\"middle\">{Escape(labels[i])}</text>");
        }
        foreach (var s in series)
        {
            var points = string.Join(' ', s.Values.Select((v, i) => $"{N(X(i))},{N(top + plotHeight - plotHeight * v / max)}"));
            var dash = s.Dashed ? " stroke-dasharray=\"6 4\"" : "";
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{s.Color}\" stroke-width=\"2\"{dash} points=\"{points}\"/>");
        }
        for (var i = 0; i < series.Count; i++)
        {
            var x = Left + i * 200;
            var dash = series[i].Dashed ? " stroke-dasharray=\"6 4\"" : "";
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" x2=\"{x + 28}\" y1=\"16\" y2=\"16\" stroke=\"{series[i].Color}\" stroke-width=\"3\"{dash}/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 34}\" y=\"20\">{Escape(series[i].Name)}</text>");
        }
        Axes(svg, text, top, plotHeight, height);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars, one per labelled value, largest first as given; the value is written at each bar's end.</summary>
    public static string HorizontalBars(ChartText text, IReadOnlyList<string> labels, IReadOnlyList<double> values, string color)
    {
        const int top = 8, row = 26, bottom = 40, labelWidth = 230;
        var height = top + Math.Max(1, labels.Count) * row + bottom;
        var barLeft = Left + labelWidth - Left;
        var plotWidth = Width - Right - barLeft - 60;
        var max = Math.Max(1, values.DefaultIfEmpty(0).Max());
        var svg = Open(text, height);
        for (var i = 0; i < labels.Count; i++)
        {
            var y = top + i * row;
            var length = plotWidth * values[i] / max;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{barLeft - 8}\" y=\"{y + 17}\" text-anchor=\"end\">{Escape(Shorten(labels[i], 34))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{barLeft}\" y=\"{y + 4}\" width=\"{N(Math.Max(1, length))}\" height=\"{row - 8}\" fill=\"{color}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(barLeft + length + 6)}\" y=\"{y + 17}\">{Escape(Count(values[i]))}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(barLeft + plotWidth / 2.0)}\" y=\"{height - 10}\" text-anchor=\"middle\">{Escape(text.XAxis)}</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A top value for the value axis: 1, 2, 2.5 or 5 times a power of ten, so that grid lines fall on round numbers.</summary>
    public static double NiceMax(double max)
    {
        if (max <= GridLines)
        {
            return GridLines;
        }
        var step = max / GridLines;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(step)));
        // 2.5 only from tens up: the grid lines must stay whole numbers.
        double[] factors = magnitude >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
        var nice = factors.First(f => f * magnitude >= step) * magnitude;
        return nice * GridLines;
    }

    private static StringBuilder Open(ChartText text, int height) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 {Width} {height}\" ")
            .Append(CultureInfo.InvariantCulture, $"aria-labelledby=\"{text.Id}-title {text.Id}-desc\" font-family=\"sans-serif\" font-size=\"12\" fill=\"{Ink}\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{text.Id}-title\">{Escape(text.Title)}</title>")
            .Append(CultureInfo.InvariantCulture, $"<desc id=\"{text.Id}-desc\">{Escape(text.Description)}</desc>");

    private static void Axes(StringBuilder svg, ChartText text, int top, int plotHeight, int height)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{top + plotHeight}\" y2=\"{top + plotHeight}\" stroke=\"{Ink}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + (Width - Left - Right) / 2}\" y=\"{height - 10}\" text-anchor=\"middle\">{Escape(text.XAxis)}</text>");
        var middle = top + plotHeight / 2;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"14\" y=\"{middle}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {middle})\">{Escape(text.YAxis)}</text>");
    }

    private static string Count(double value) => ((long)Math.Round(value)).ToString("N0", CzechFormat.Culture);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Shorten(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";

    private static string Escape(string value) =>
        value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
