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
    /// <summary>Parses and validates; never throws on bad input.</summary>
    public static DefinitionReadResult Read(string json) => throw new NotImplementedException("forms engine: to be built");

    /// <summary>The definition as indented JSON (the export format; <see cref="Read"/> of it gives an equal definition).</summary>
    public static string Write(FormDefinition form) => throw new NotImplementedException("forms engine: to be built");
}
