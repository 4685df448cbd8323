using System.Text.Json;

namespace Pelhrimov.Identity.NiaSimulator.Services;

/// <summary>The claims asked for under <c>id_token</c> in the authorize request's <c>claims</c> parameter.</summary>
/// <remarks>
/// NIA releases an attribute only when it is asked for there; <c>userinfo</c> answers <c>{}</c>, so a <c>userinfo</c>
/// member is read past. A request's options (<c>{"essential":true}</c>, <c>{"value":"18"}</c>) are kept for claims that use them.
/// </remarks>
public sealed class RequestedClaims
{
    public static readonly RequestedClaims None = new(new Dictionary<string, JsonElement?>());

    private readonly IReadOnlyDictionary<string, JsonElement?> _claims;

    private RequestedClaims(IReadOnlyDictionary<string, JsonElement?> claims) => _claims = claims;

    /// <summary>Claim names in the order they were asked for.</summary>
    public IEnumerable<string> Names => _claims.Keys;

    public bool Contains(string name) => _claims.ContainsKey(name);

    /// <summary>The <c>value</c> of the claim's request object, e.g. 18 in <c>"isAgeOver":{"value":18}</c>.</summary>
    public string? RequestedValue(string name) =>
        _claims.TryGetValue(name, out var request) && request is { ValueKind: JsonValueKind.Object } options
        && options.TryGetProperty("value", out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    /// <summary>Parses the parameter; false when it is present but not a JSON object with an object <c>id_token</c> member.</summary>
    public static bool TryParse(string? parameter, out RequestedClaims claims)
    {
        claims = None;
        if (string.IsNullOrWhiteSpace(parameter))
        {
            return true;
        }
        try
        {
            using var document = JsonDocument.Parse(parameter);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            if (!document.RootElement.TryGetProperty("id_token", out var idToken))
            {
                return true;
            }
            if (idToken.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            var requested = new Dictionary<string, JsonElement?>(StringComparer.Ordinal);
            foreach (var claim in idToken.EnumerateObject())
            {
                requested[claim.Name] = claim.Value.ValueKind == JsonValueKind.Null ? null : claim.Value.Clone();
            }
            claims = new RequestedClaims(requested);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
