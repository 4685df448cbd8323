using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Pelhrimov.Forms.Definitions;

/// <summary>
/// The published JSON Schema of definitions (embedded <c>form-definition.schema.json</c>) and the check against it,
/// with JsonSchema.Net's findings turned into Czech problems at JSON paths (<c>$.steps[0].id</c>).
/// </summary>
internal static partial class DefinitionSchema
{
    private const int MaxProblems = 50;

    private static readonly Lazy<string> SchemaText = new(() =>
    {
        using var stream = typeof(DefinitionSchema).Assembly.GetManifestResourceStream("form-definition.schema.json")
            ?? throw new InvalidOperationException("The embedded resource form-definition.schema.json is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    // Built with a registry of its own, so that its $id never clashes with another schema of the process.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(SchemaText.Value, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    // JsonSchema.Net rebuilds its constraints for a new options object and is not safe for concurrent evaluation
    // (json-everything issues 693, 929): one shared options object and one evaluation at a time. Definitions are
    // saved seldom, so the lock costs nothing that matters.
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };
    private static readonly Lock Gate = new();

    public static string Text => SchemaText.Value;

    public static IReadOnlyList<DefinitionProblem> Validate(JsonElement root)
    {
        EvaluationResults results;
        try
        {
            lock (Gate)
            {
                results = Schema.Value.Evaluate(root, Options);
            }
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            // JsonSchema.Net reads numbers as decimal; 1e30 and the like do not fit.
            return [new DefinitionProblem("$", "Definice obsahuje číslo mimo povolený rozsah.")];
        }
        if (results.IsValid)
        {
            return [];
        }
        var problems = new List<DefinitionProblem>();
        foreach (var detail in results.Details ?? [])
        {
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
            {
                var problem = new DefinitionProblem(ToPath(detail.InstanceLocation.ToString()), Czech(keyword, message));
                if (!problems.Contains(problem))
                {
                    problems.Add(problem);
                }
            }
        }
        if (problems.Count == 0)
        {
            problems.Add(new DefinitionProblem("$", "Definice neodpovídá schématu formuláře."));
        }
        return problems.Take(MaxProblems).ToList();
    }

    /// <summary><c>/steps/0/id</c> → <c>$.steps[0].id</c>.</summary>
    internal static string ToPath(string pointer)
    {
        var path = "$";
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path += segment.All(char.IsAsciiDigit) ? $"[{segment}]" : "." + segment;
        }
        return path;
    }

    private static string Czech(string keyword, string message) => keyword switch
    {
        "required" => $"Chybí povinná vlastnost {Quoted(message)}.",
        "additionalProperties" or "unevaluatedProperties" or "" or "false" => $"Neznámá vlastnost{(Quoted(message) is { Length: > 0 } q ? " " + q : "")} – zkontrolujte její název.",
        "type" => "Hodnota má nesprávný typ (např. text místo čísla).",
        "enum" => "Hodnota není jedna z povolených.",
        "const" => "Hodnota není povolená.",
        "pattern" => "Hodnota nemá povolený tvar (identifikátory: malá písmena bez diakritiky, číslice a pomlčky, na začátku písmeno).",
        "minLength" => "Text je prázdný nebo příliš krátký.",
        "maxLength" => "Text je příliš dlouhý.",
        "minimum" or "exclusiveMinimum" => "Číslo je příliš malé.",
        "maximum" or "exclusiveMaximum" => "Číslo je příliš velké.",
        "minItems" => "Seznam má příliš málo položek (formulář potřebuje aspoň jeden krok).",
        "maxItems" => "Seznam má příliš mnoho položek.",
        "uniqueItems" => "Seznam obsahuje tutéž hodnotu vícekrát.",
        _ => "Hodnota neodpovídá schématu formuláře.",
    };

    private static string Quoted(string message)
    {
        var names = QuotedName().Matches(message).Select(m => "„" + m.Groups[1].Value + "“").Distinct().ToList();
        return string.Join(", ", names);
    }

    [GeneratedRegex("\"([A-Za-z$][A-Za-z0-9$]*)\"")]
    private static partial Regex QuotedName();
}
