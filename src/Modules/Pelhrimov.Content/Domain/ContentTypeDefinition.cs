namespace Pelhrimov.Content.Domain;

public enum FieldKind
{
    Text,
    MultilineText,
    RichText,
    Image,
    Attachments,
    Date,
    Tags,
    Choice,
    Parent,
    Number,
}

/// <summary>One editable field of a content type; the editor, validation and storage all follow it.</summary>
public sealed record FieldDefinition(string Name, string Label, FieldKind Kind)
{
    public bool Required { get; init; }

    public string? Hint { get; init; }

    public int MaxLength { get; init; } = 4000;

    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>For an image field: the field holding its alternative text, required whenever an image is chosen.</summary>
    public string? AltTextField { get; init; }
}

/// <summary>What a kind of content consists of and where it lives on the public site.</summary>
public sealed record ContentTypeDefinition(string Name, string DisplayName, string PluralName, IReadOnlyList<FieldDefinition> Fields)
{
    /// <summary>Public URL of an item with this slug, or null where the URL depends on more (pages).</summary>
    public Func<string, string>? UrlForSlug { get; init; }

    public FieldDefinition? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
