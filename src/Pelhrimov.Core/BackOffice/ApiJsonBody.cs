namespace Pelhrimov.Core.BackOffice;

/// <summary>
/// The JSON body an API endpoint reads itself, for the OpenAPI description only (<c>.WithMetadata(ApiJsonBody.Of&lt;T&gt;())</c>).
/// Unlike <c>Accepts&lt;T&gt;</c> it does not make routing refuse another content type with an empty 415: the endpoint
/// keeps answering a wrong body with its own problem details, in Czech, naming the field.
/// </summary>
public sealed record ApiJsonBody(Type Type)
{
    public static ApiJsonBody Of<T>() => new(typeof(T));
}
