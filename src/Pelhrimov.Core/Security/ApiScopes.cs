using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Security;

/// <summary>
/// A capability of the portal's API that a back-office system can be granted, e.g. <c>receivables.write</c>.
/// </summary>
/// <param name="Name">The OAuth scope value: lower case, dot-separated, stable once clients use it.</param>
/// <param name="DisplayName">Czech name shown to administrators, e.g. „Zápis pohledávek“.</param>
/// <param name="Description">Czech sentence on what a client holding the scope may do.</param>
public sealed record ApiScope(string Name, string DisplayName, string Description);

/// <summary>Declares the API scopes of a module. Only declared scopes can be granted to an API client.</summary>
public interface IApiScopeProvider
{
    IEnumerable<ApiScope> GetScopes();
}

/// <summary>How API clients (back-office systems with OAuth 2.0 client credentials) are authenticated.</summary>
/// <remarks>
/// The scheme is registered by the module that issues the tokens (Pelhrimov.ApiClients); a module protecting an
/// endpoint needs only this class, <see cref="AuthorizeApiScopeAttribute"/> or <see cref="ApiScopeEndpoints.RequireApiScope{TBuilder}"/>.
/// </remarks>
public static class ApiAuthentication
{
    /// <summary>The authentication scheme of API clients: a bearer access token. Staff and citizen sessions never satisfy it.</summary>
    public const string Scheme = "Api";

    /// <summary>The claim that carries a granted scope: one claim per scope, or several scopes separated by spaces.</summary>
    public const string ScopeClaimType = "scope";

    /// <summary>The claim that carries the client id of the calling system.</summary>
    public const string ClientIdClaimType = "client_id";

    /// <summary>Prefix of the authorization policies built for <see cref="AuthorizeApiScopeAttribute"/>.</summary>
    public const string PolicyPrefix = "ApiScope:";

    /// <summary>Whether the principal was authenticated as an API client and holds <paramref name="scope"/>.</summary>
    public static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.Identity?.IsAuthenticated == true && Scopes(user).Contains(scope, StringComparer.Ordinal);

    /// <summary>Every scope the principal holds.</summary>
    public static IEnumerable<string> Scopes(ClaimsPrincipal user) =>
        user.FindAll(ScopeClaimType).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal);

    /// <summary>The client id of the calling system, or null when the principal is not an API client.</summary>
    public static string? ClientId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirst(ClientIdClaimType)?.Value : null;

    /// <summary>The policy behind <c>[AuthorizeApiScope(scope)]</c>: the API scheme, an authenticated client, the scope.</summary>
    public static AuthorizationPolicy Policy(string scope) =>
        new AuthorizationPolicyBuilder(Scheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => HasScope(context.User, scope))
            .Build();
}

/// <summary>Requires an API client whose access token holds <paramref name="scope"/>: 401 without a valid token, 403 without the scope.</summary>
public sealed class AuthorizeApiScopeAttribute(string scope) : AuthorizeAttribute(ApiAuthentication.PolicyPrefix + scope)
{
    public string Scope { get; } = scope;
}

public static class ApiScopeEndpoints
{
    /// <summary>Protects a minimal API endpoint like <see cref="AuthorizeApiScopeAttribute"/> protects a controller action.</summary>
    public static TBuilder RequireApiScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeApiScopeAttribute(scope));
}

public static class ApiScopeRegistration
{
    public static IServiceCollection AddApiScopes<TProvider>(this IServiceCollection services)
        where TProvider : class, IApiScopeProvider =>
        services.AddSingleton<IApiScopeProvider, TProvider>();
}
