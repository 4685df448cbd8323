using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Pelhrimov.Notifications.Kinds;

namespace Pelhrimov.Notifications.Templates;

/// <summary>A message rendered from a template: the subject and both bodies.</summary>
public sealed record RenderedMessage(string Subject, string HtmlBody, string TextBody);

/// <summary>
/// Parses and renders notification templates with Fluid. A template reads only the members of its kind's model record,
/// <see cref="RecipientModel"/> and <see cref="TownModel"/>, handed to it as plain dictionaries (<see cref="TemplateModel"/>);
/// no type is registered with the member access strategy, so a template cannot reach any .NET member. Values are
/// HTML-encoded in the HTML part only (ADR 0046).
/// </summary>
public static class LiquidTemplates
{
    private static readonly FluidParser Parser = new();

    // Czech letters stay readable in the HTML part; <, >, &, quotes are still encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    // A loop over a huge range stops instead of holding a request thread.
    private static readonly TemplateOptions Options = new TemplateOptionsBuilder()
        .WithMaxSteps(100_000).WithMaxOutputSize(1_000_000).WithCultureInfo(Czech.Culture).Build();

    /// <summary>Null when <paramref name="source"/> parses; otherwise a Czech message naming the part and the line.</summary>
    public static string? Check(string? source, string partName)
    {
        if (Parser.TryParse(source ?? "", out _, out var error))
        {
            return null;
        }
        return LiquidError.Describe(partName, error);
    }

    /// <summary>Renders the three parts over <paramref name="model"/>; the parts must have passed <see cref="Check"/>.</summary>
    public static async Task<RenderedMessage> RenderAsync(TemplateParts parts, object model, RecipientModel recipient, TownModel town)
    {
        var context = new TemplateContext(Options);
        foreach (var (name, value) in TemplateModel.From(model))
        {
            if (value is not null)
            {
                context.SetValue(name, value);
            }
        }
        context.SetValue("recipient", TemplateModel.From(recipient));
        context.SetValue("town", TemplateModel.From(town));
        var subject = await Parse(parts.Subject).RenderAsync(context, NullEncoder.Default);
        var html = await Parse(parts.HtmlBody).RenderAsync(context, Html);
        var text = await Parse(parts.TextBody).RenderAsync(context, NullEncoder.Default);
        // A subject is one line whatever the template's line breaks.
        return new RenderedMessage(string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim(), html, text);
    }

    // Parsed templates by their source: a parsed Fluid template is immutable and may be rendered by many threads at once,
    // and every notification of a kind renders the same three sources. Bounded: edits add new sources over time.
    private static readonly ConcurrentDictionary<string, IFluidTemplate> Parsed = new(StringComparer.Ordinal);
    private const int MaxParsed = 256;

    private static IFluidTemplate Parse(string source)
    {
        if (Parsed.TryGetValue(source, out var cached))
        {
            return cached;
        }
        var template = Parser.TryParse(source, out var parsed, out var error) ? parsed : throw new InvalidOperationException(error);
        if (Parsed.Count >= MaxParsed)
        {
            Parsed.Clear();
        }
        Parsed[source] = template;
        return template;
    }
}
