using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pelhrimov.Core.BackOffice;

/// <summary>
/// What every HTTP connector to a back office does the same way (the contract: docs/back-office-connector.md): read its
/// JSON strictly, name the persons asked about in the query string, and drop whatever rows belong to anyone else.
/// </summary>
public static class BackOfficeHttp
{
    /// <summary>A field the contract requires that is missing or null makes the body malformed, like a body that is not JSON.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary><c>?personId=A&amp;personId=B</c>: distinct and sorted, so the same person set always asks the same URL.</summary>
    public static string PersonsQuery(IReadOnlyCollection<string> personIds) =>
        "?" + string.Join('&', personIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(p => "personId=" + Uri.EscapeDataString(p)));

    /// <summary>The body as <typeparamref name="T"/>; null for 404; an error status or a body that is not the contract's JSON throws.</summary>
    public static async Task<T?> GetJsonAsync<T>(this HttpClient http, string path, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await http.GetAsync(path, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
    }

    /// <summary>
    /// The rows of the persons asked about, whatever the system sent; every other row goes to <paramref name="foreign"/>
    /// (for the caller's log) and is left out.
    /// </summary>
    public static List<T> Owned<T>(IEnumerable<T>? rows, IReadOnlyCollection<string> personIds, Func<T, string> personOf, Action<T> foreign)
    {
        var owned = new List<T>();
        foreach (var row in rows ?? [])
        {
            if (personIds.Contains(personOf(row)))
            {
                owned.Add(row);
            }
            else
            {
                foreign(row);
            }
        }
        return owned;
    }
}
