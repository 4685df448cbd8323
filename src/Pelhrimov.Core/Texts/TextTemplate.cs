using System.Text.RegularExpressions;

namespace Pelhrimov.Core.Texts;

/// <summary>Fills the <c>{{ name }}</c> fields of a text that staff may reword: the portal's one template syntax (ADR 0021).</summary>
/// <remarks>Deliberately no loops, conditions or filters: the texts are letters, and a clerk must be able to edit them
/// without learning a language. A field the values do not know stays visible as written, so a mistake shows.</remarks>
public static partial class TextTemplate
{
    public static string Render(string template, IReadOnlyDictionary<string, string> values) =>
        Field().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    /// <summary>The names of the fields <paramref name="template"/> uses, each once, in order of appearance.</summary>
    public static IReadOnlyList<string> FieldsIn(string template) =>
        Field().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>How a field is written in a template, for messages and help: <c>{{ link }}</c>.</summary>
    public static string Placeholder(string name) => "{{ " + name + " }}";

    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Field();
}

/// <summary>A field a template may use; <paramref name="Required"/> ones must stay in any reworded text (e.g. the link).</summary>
public sealed record TemplateField(string Name, string Description, bool Required = false);
