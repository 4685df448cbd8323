using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace Pelhrimov.Forms.Definitions;

/// <summary>
/// The JSON form of definitions: camelCase, enums by their kebab names, unknown properties refused, and on writing
/// nothing that is left at its default (no empty lists, no <c>"required": false</c>), so exports stay readable.
/// </summary>
public static class DefinitionJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
        MaxDepth = 64,
        // Czech letters stay readable in exported files; the HTML-sensitive characters stay escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SkipEmpty } },
    };

    private static void SkipEmpty(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (typeof(ICollection).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = (_, value) => value is ICollection { Count: > 0 };
            }
            else if (property.PropertyType == typeof(FieldErrors))
            {
                property.ShouldSerialize = (_, value) => value is FieldErrors { Required: not null } or FieldErrors { Invalid: not null } or FieldErrors { Range: not null };
            }
            else if (property.PropertyType == typeof(FormAccess))
            {
                property.ShouldSerialize = (_, value) => value is FormAccess { Kind: not AccessKind.Anyone } or FormAccess { MinimumLevel: not null };
            }
        }
    }
}
