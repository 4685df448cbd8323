using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Pelhrimov.BrowserTests;

/// <summary>Runs axe-core on a page and fails with every violation: rule, impact, help and the elements concerned.</summary>
public static class AxeAssert
{
    /// <summary>WCAG 2.1 level A and AA, which zákon 99/2019 Sb. asks of public-sector websites.</summary>
    public static readonly string[] Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private const string ScriptlessFrames = "iframe[sandbox]:not([sandbox~='allow-scripts'])";

    public static async Task NoViolationsAsync(IPage page, params string[] tags)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. tags.Length > 0 ? tags : Wcag21AA] },
            // axe cannot be injected into a frame that may not run scripts (an e-mail preview is one): Playwright would
            // wait for that frame's script context without end. Such a frame is checked from the outside (its title).
            Iframes = await page.Locator(ScriptlessFrames).CountAsync() == 0,
        });
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder($"{result.Violations.Length} accessibility rule(s) violated on {page.Url}:");
        foreach (var violation in result.Violations)
        {
            report.AppendLine().Append(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine().Append(CultureInfo.InvariantCulture, $"    at {node.Target}: {Shorten(node.Html)}");
            }
        }
        Assert.Fail(report.ToString());
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..157] + "...";
}
