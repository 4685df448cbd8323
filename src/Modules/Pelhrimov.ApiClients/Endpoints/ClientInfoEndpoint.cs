using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pelhrimov.ApiClients.Services;
using Pelhrimov.Core.Security;

namespace Pelhrimov.ApiClients.Endpoints;

/// <summary><c>GET /api/v1/klient</c>: who the calling system is and what its token allows; proves the whole flow.</summary>
public static class ClientInfoEndpoint
{
    public const string Path = "/api/v1/klient";

    /// <summary>The answer: the client id, the name the administrators gave it, the scopes of this token.</summary>
    public sealed record ClientInfo(string ClientId, string DisplayName, IReadOnlyList<string> Scopes);

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, GetAsync).RequireApiScope(ApiScopes.PortalHealth).WithTags("Klient")
            .WithSummary("Kdo volá: id a název klienta API a rozsahy, které jeho token nese").Produces<ClientInfo>();

    private static async Task<IResult> GetAsync(HttpContext http, ApiClientRegistry registry)
    {
        var clientId = ApiAuthentication.ClientId(http.User);
        var client = clientId is null ? null : await registry.FindAsync(clientId, http.RequestAborted);
        if (client is null)
        {
            // The token entry check refuses tokens of deleted clients first; this only guards a race with deletion.
            return Results.Unauthorized();
        }
        var scopes = ApiAuthentication.Scopes(http.User).Order(StringComparer.Ordinal).ToList();
        return Results.Ok(new ClientInfo(client.ClientId!, client.DisplayName ?? client.ClientId!, scopes));
    }
}
