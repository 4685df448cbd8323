using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Core;
using OpenIddict.Server.AspNetCore;
using Pelhrimov.ApiClients.Domain;
using Pelhrimov.ApiClients.Services;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Pelhrimov.ApiClients.Endpoints;

/// <summary>
/// <c>POST /api/oauth/token</c>, client credentials only. OpenIddict has already checked the client secret, the grant
/// type, that the client is enabled and that every requested scope is declared and granted to it; this decides what the
/// token says.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/api/oauth/token";

    /// <summary>The audience of every access token: the portal's own API.</summary>
    public const string Audience = "pelhrimov-portal-api";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, IssueAsync)
            .RequireRateLimiting(TokenRateLimit.PolicyName)
            .ExcludeFromDescription();

    private static async Task<IResult> IssueAsync(
        HttpContext http,
        OpenIddictApplicationManager<ApiClient> applications,
        ApiClientRegistry registry)
    {
        // OpenIddict passes on only requests it could read; a malformed one (an unreadable form) is the client's error.
        if (http.GetOpenIddictServerRequest() is not { } request)
        {
            return TypedResults.BadRequest();
        }
        if (!request.IsClientCredentialsGrantType())
        {
            // Unreachable: the server allows no other flow and refuses other grant types with unsupported_grant_type.
            throw new InvalidOperationException($"Grant type {request.GrantType} reached the token endpoint.");
        }
        // OpenIddict checked the secret, and DisabledClientCheck that the client is enabled.
        var client = await applications.FindByClientIdAsync(request.ClientId!, http.RequestAborted)
            ?? throw new InvalidOperationException($"API client {request.ClientId} passed authentication but does not exist.");

        // Without a scope parameter the token carries every scope the client holds.
        var scopes = request.GetScopes() is { IsEmpty: false } requested ? requested : [.. await registry.ScopesOfAsync(client, http.RequestAborted)];
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId);
        identity.SetClaim(Claims.Name, client.DisplayName ?? client.ClientId);
        identity.SetScopes(scopes);
        identity.SetAudiences(Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
