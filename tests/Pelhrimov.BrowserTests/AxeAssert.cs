using System.Globalization;
using System.Text;

namespace Pelhrimov.BrowserTests;

/// <summary>Runs axe-core on a page and fails with every violation: rule, impact, help and the elements concerned.</summary>
/// <remarks>
/// axe is run directly (the script from Deque.AxeCore.Commons, evaluated in the page) and asked for violations only:
/// the Playwright wrapper took about 2.3 s a page, most of it collecting and serialising the passes and inapplicable
/// rules nobody reads; this takes about 0.8 s (docs/testing.md).
/// </remarks>
public static class AxeAssert
{
    /// <summary>WCAG 2.1 level A and AA, which zákon 99/2019 Sb. asks of public-sector websites.</summary>
    public static readonly string[] Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private const string ScriptlessFrames = "iframe[sandbox]:not([sandbox~='allow-scripts'])";

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeResult).Assembly
            .GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not in Deque.AxeCore.Commons any more.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private const string Run = """
        async ({ tags, iframes }) => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes });
          return result.violations.map(v => ({
            id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({ target: JSON.stringify(n.target), html: n.html })),
          }));
        }
        """;

    public static async Task NoViolationsAsync(IPage page, params string[] tags)
    {
        // axe cannot be injected into a frame that may not run scripts (an e-mail preview is one): the page is then
        // checked without descending into frames, and such a frame is checked from the outside (its title).
        var iframes = await page.Locator(ScriptlessFrames).CountAsync() == 0;
        foreach (var frame in iframes ? page.Frames : [page.MainFrame])
        {
            await InjectAsync(frame);
        }
        var violations = await page.EvaluateAsync<Violation[]>(Run, new { tags = tags.Length > 0 ? tags : Wcag21AA, iframes });
        if (violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder($"{violations.Length} accessibility rule(s) violated on {page.Url}:");
        foreach (var violation in violations)
        {
            report.AppendLine().Append(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine().Append(CultureInfo.InvariantCulture, $"    at {node.Target}: {Shorten(node.Html)}");
            }
        }
        Assert.Fail(report.ToString());
    }

    private static async Task InjectAsync(IFrame frame)
    {
        if (!await frame.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await frame.EvaluateAsync(Source.Value);
        }
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..157] + "...";

    // Playwright fills these by their property setters.
    private sealed class Violation
    {
        public string Id { get; set; } = "";

        public string Impact { get; set; } = "";

        public string Help { get; set; } = "";

        public string HelpUrl { get; set; } = "";

        public ViolationNode[] Nodes { get; set; } = [];
    }

    private sealed class ViolationNode
    {
        public string Target { get; set; } = "";

        public string Html { get; set; } = "";
    }
}
