using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Core;
using OpenIddict.Server.AspNetCore;
using Pelhrimov.ApiClients.Domain;
using Pelhrimov.ApiClients.Services;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Pelhrimov.ApiClients.Endpoints;

/// <summary>
/// <c>POST /api/oauth/token</c>, client credentials only. OpenIddict has already checked the client secret, the grant
/// type and that every requested scope is declared and granted to the client; this decides what the token says.
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
        ApiClientRegistry registry,
        ILoggerFactory loggers)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing; is the token endpoint passthrough enabled?");
        if (!request.IsClientCredentialsGrantType())
        {
            return Reject(Errors.UnsupportedGrantType, "Portál vydává tokeny jen pro grant_type=client_credentials.");
        }
        var client = await applications.FindByClientIdAsync(request.ClientId!, http.RequestAborted);
        if (client is null || !client.IsEnabled)
        {
            loggers.CreateLogger(typeof(TokenEndpoint)).LogWarning("Token refused to disabled API client {ClientId}", request.ClientId);
            return Reject(Errors.InvalidClient, "Klient je zakázaný.");
        }

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

    private static IResult Reject(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
