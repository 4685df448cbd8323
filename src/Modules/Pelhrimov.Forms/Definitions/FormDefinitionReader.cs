using System.Text;
using System.Text.Json;

namespace Pelhrimov.Forms.Definitions;

/// <summary>A problem with a definition, in Czech for the editor, with the JSON path it is at (e.g. <c>$.steps[1].sections[0].fields[2].expression</c>).</summary>
public sealed record DefinitionProblem(string Path, string Message);

/// <summary>The definition read from JSON, or the problems that stop it from being saved.</summary>
public sealed record DefinitionReadResult(FormDefinition? Form, IReadOnlyList<DefinitionProblem> Problems)
{
    public bool IsValid => Form is not null && Problems.Count == 0;
}

/// <summary>
/// Reads and writes definitions: JSON against the published JSON Schema (<c>Definitions/form-definition.schema.json</c>,
/// served at <c>/formulare/schema/v1.json</c>) and then the rules a schema cannot say — ids unique across the form,
/// conditions and expressions naming only earlier fields (or the same repeatable item's), expressions that parse,
/// choices unique, limits consistent. Saving, importing and the sample recipe all go through <see cref="Read"/>.
/// </summary>
public static class FormDefinitionReader
{
    /// <summary>The largest definition accepted (the 25 sample forms are 2–20 kB each).</summary>
    public const int MaxChars = 1024 * 1024;

    /// <summary>The JSON Schema the definitions follow (draft 2020-12), as published at <c>/formulare/schema/v1.json</c>.</summary>
    public static string SchemaJson => DefinitionSchema.Text;

    /// <summary>Parses and validates; never throws on bad input.</summary>
    public static DefinitionReadResult Read(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Fail("$", "Definice formuláře je prázdná.");
        }
        if (json.Length > MaxChars)
        {
            return Fail("$", $"Definice formuláře je příliš velká (nejvýše {MaxChars / 1024} kB).");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return Fail("$", $"Definice není platný JSON: chyba na řádku {e.LineNumber + 1}, znak {e.BytePositionInLine + 1}.");
        }
        using (document)
        {
            var schemaProblems = DefinitionSchema.Validate(document.RootElement);
            if (schemaProblems.Count > 0)
            {
                return new DefinitionReadResult(null, schemaProblems);
            }
            FormDefinition? form;
            try
            {
                form = document.RootElement.Deserialize<FormDefinition>(DefinitionJson.Options);
            }
            catch (JsonException e)
            {
                return Fail(e.Path ?? "$", "Definice neodpovídá formátu formuláře: " + Describe(e));
            }
            catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException)
            {
                return Fail("$", "Definice neodpovídá formátu formuláře.");
            }
            if (form is null)
            {
                return Fail("$", "Definice formuláře je prázdná.");
            }
            var problems = DefinitionRules.Check(form);
            return new DefinitionReadResult(problems.Count == 0 ? form : null, problems);
        }
    }

    /// <summary>The definition as indented JSON (the export format; <see cref="Read"/> of it gives an equal definition).</summary>
    public static string Write(FormDefinition form) => JsonSerializer.Serialize(form, DefinitionJson.Options);

    private static DefinitionReadResult Fail(string path, string message) => new(null, [new DefinitionProblem(path, message)]);

    private static string Describe(JsonException e)
    {
        var text = e.Message;
        var builder = new StringBuilder();
        if (text.Contains("missing required properties", StringComparison.OrdinalIgnoreCase))
        {
            builder.Append("chybí povinná vlastnost");
        }
        else if (text.Contains("could not be mapped", StringComparison.OrdinalIgnoreCase))
        {
            builder.Append("neznámá vlastnost");
        }
        else
        {
            builder.Append("hodnota nemá správný typ");
        }
        return builder.Append('.').ToString();
    }
}
