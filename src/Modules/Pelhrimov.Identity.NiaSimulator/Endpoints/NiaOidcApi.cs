using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using Pelhrimov.Identity.NiaSimulator.Domain;
using Pelhrimov.Identity.NiaSimulator.Services;

namespace Pelhrimov.Identity.NiaSimulator.Endpoints;

/// <summary>The back-channel endpoints of NIA's OIDC profile: discovery, keys, token and userinfo.</summary>
/// <remarks>The browser-facing ones (authorize, endsession) are in <see cref="Controllers.NiaSimulatorController"/>.</remarks>
public static class NiaOidcApi
{
    public static readonly string[] ScopesSupported =
    [
        "openid", "loalow", "loasubstantial", "loahigh", "loamin", "loamax", "loabetter", "loaexact",
        "forceauthn", "ispassive", "publicsector", "privatesector",
    ];

    // The discovery document's other lists, allocated once rather than per request.
    private static readonly string[] ResponseTypes = ["code"], ResponseModes = ["query"], GrantTypes = ["authorization_code"],
        SubjectTypes = ["pairwise"], TokenAuthMethods = ["client_secret_post"], SigningAlgorithms = ["RS256"];

    public static void MapNiaOidcApi(this IEndpointRouteBuilder endpoints, string basePath)
    {
        // NIA publishes discovery here, in lower case, and nowhere under /.well-known.
        endpoints.MapGet(basePath + "/fpsts/oidc/openid-configuration", Discovery);
        endpoints.MapGet(basePath + "/FPSTS/oidc/openid-configuration-jwks", Jwks);
        endpoints.MapPost(basePath + "/FPSTS/oidc/token", TokenAsync);
        endpoints.MapMethods(basePath + "/FPSTS/oidc/userinfo", [HttpMethods.Get, HttpMethods.Post], UserInfoAsync);
    }

    private static IResult Discovery(HttpRequest request, NiaSimulatorOptions options)
    {
        var oidc = $"{request.Scheme}://{request.Host}{request.PathBase}{options.BasePath}/FPSTS/oidc";
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = IdTokenIssuer.Issuer,
            ["authorization_endpoint"] = oidc + "/authorize",
            ["token_endpoint"] = oidc + "/token",
            ["userinfo_endpoint"] = oidc + "/userinfo",
            ["end_session_endpoint"] = oidc + "/endsession",
            ["jwks_uri"] = oidc + "/openid-configuration-jwks",
            ["response_types_supported"] = ResponseTypes,
            ["response_modes_supported"] = ResponseModes,
            ["grant_types_supported"] = GrantTypes,
            ["subject_types_supported"] = SubjectTypes,
            ["scopes_supported"] = ScopesSupported,
            // Advertised by NIA although no secret is ever issued; the code is redeemed with client_id alone.
            ["token_endpoint_auth_methods_supported"] = TokenAuthMethods,
            ["claims_parameter_supported"] = true,
            ["claims_supported"] = PersonaClaims.Supported,
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        });
    }

    private static IResult Jwks(SigningKey signingKey) =>
        Results.Json(new Dictionary<string, object> { ["keys"] = new[] { signingKey.PublicJwk() } });

    private static async Task<IResult> TokenAsync(
        HttpContext context, ServiceProviderRegistry registry, AuthorizationCodes codes, AccessTokens accessTokens, IdTokenIssuer issuer)
    {
        NoStore(context.Response);
        if (!context.Request.HasFormContentType)
        {
            return Error("invalid_request", "the token request must be a form post");
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "authorization_code")
        {
            return Error("unsupported_grant_type", "only authorization_code is supported");
        }
        // redirect_uri, code_verifier and client_secret are ignored, as NIA ignores them.
        var clientId = form["client_id"].ToString();
        if (registry.Find(clientId) is not { } client)
        {
            return Error("invalid_client", "unknown client_id", StatusCodes.Status401Unauthorized);
        }
        if (codes.Redeem(form["code"], clientId) is not { } authentication)
        {
            return Error("invalid_grant", "the code is unknown, expired, already used or was issued to another client");
        }
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = accessTokens.Issue(),
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)AccessTokens.Lifetime.TotalSeconds,
            ["id_token"] = issuer.Issue(authentication, client),
        });
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context, AccessTokens accessTokens)
    {
        NoStore(context.Response);
        string? token = null;
        if (context.Request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            token = header["Bearer ".Length..].Trim();
        }
        else if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
        {
            token = (await context.Request.ReadFormAsync(context.RequestAborted))["access_token"];
        }
        if (!accessTokens.IsValid(token))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return Results.Json(new Dictionary<string, string> { ["error"] = "invalid_token" }, statusCode: StatusCodes.Status401Unauthorized);
        }
        // NIA releases attributes only in the id_token.
        return Results.Json(new Dictionary<string, object>());
    }

    private static IResult Error(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status);

    private static void NoStore(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = new StringValues("no-cache");
    }
}
