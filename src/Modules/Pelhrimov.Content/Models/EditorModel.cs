using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Services;

namespace Pelhrimov.Content.Models;

/// <summary>Everything the content editor form shows.</summary>
public sealed class EditorModel
{
    public required ContentTypeDefinition Type { get; init; }

    public Guid? ItemId { get; init; }

    public ContentInput Input { get; init; } = new();

    public ItemStatus? Status { get; init; }

    public string? PublicUrl { get; init; }

    public bool CanPublish { get; init; }

    public IReadOnlyList<MediaFile> Images { get; init; } = [];

    public IReadOnlyList<MediaFile> Documents { get; init; } = [];

    public IReadOnlyList<(Guid Id, string Title)> Pages { get; init; } = [];

    public static string FieldName(FieldDefinition field) => $"Input.Fields[{field.Name}]";

    public string Value(FieldDefinition field) => Input.Fields.GetValueOrDefault(field.Name) ?? "";
}
