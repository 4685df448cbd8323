namespace Pelhrimov.Content.Services;

/// <summary>What an editor submits for one content item (bound from the admin editor form).</summary>
public sealed class ContentInput
{
    public string? Title { get; set; }

    public string? Slug { get; set; }

    public Dictionary<string, string?> Fields { get; set; } = [];

    /// <summary>Prague local time at which to publish, for scheduling.</summary>
    public DateTime? PublishAt { get; set; }

    /// <summary>Prague local time at which to unpublish.</summary>
    public DateTime? UnpublishAt { get; set; }

    /// <summary>The editor's input that reproduces a stored version (title, address and fields).</summary>
    public static ContentInput From(Domain.ContentVersion version) => new()
    {
        Title = version.Title,
        Slug = version.Slug,
        Fields = Domain.ContentFields.FromJson(version.FieldsJson).Values.ToDictionary(kv => kv.Key, kv => (string?)kv.Value),
    };
}

/// <summary>A validation failure: the form key of the field and a Czech message.</summary>
public sealed record ContentError(string Key, string Message);

/// <summary>The outcome of a command: either the changed item's id or the reasons it was refused.</summary>
public sealed record ContentCommandResult(Guid? ItemId, IReadOnlyList<ContentError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ContentCommandResult Ok(Guid id) => new(id, []);

    public static ContentCommandResult Failed(params ContentError[] errors) => new(null, errors);
}
