using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace Pelhrimov.Content.Domain;

/// <summary>The field values of one version: a string per field name, stored as a JSON object.</summary>
public sealed class ContentFields
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<string, string> _values;

    public ContentFields(IDictionary<string, string>? values = null) =>
        _values = new Dictionary<string, string>(values ?? new Dictionary<string, string>(), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Values => _values;

    public string this[string name]
    {
        get => _values.GetValueOrDefault(name, "");
        set
        {
            if (string.IsNullOrEmpty(value))
            {
                _values.Remove(name);
            }
            else
            {
                _values[name] = value;
            }
        }
    }

    public IReadOnlyList<string> List(string name) =>
        this[name].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Named after the value they read, like JsonElement.GetInt32; renaming them would touch every content type and view.
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Reads a field as that type.")]
    public Guid? Guid(string name) => System.Guid.TryParse(this[name], out var id) ? id : null;

    public IReadOnlyList<Guid> Guids(string name) =>
        List(name).Select(v => System.Guid.TryParse(v, out var id) ? id : System.Guid.Empty).Where(id => id != System.Guid.Empty).ToList();

    public DateOnly? Date(string name) =>
        DateOnly.TryParseExact(this[name], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Reads a field as that type.")]
    public int Int(string name) => int.TryParse(this[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    public string ToJson() => JsonSerializer.Serialize(_values, Json);

    public static ContentFields FromJson(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(string.IsNullOrEmpty(json) ? "{}" : json) ?? []);
}
