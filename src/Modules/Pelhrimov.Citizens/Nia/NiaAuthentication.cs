using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Citizens.Nia;

/// <summary>The two schemes of an eID sign-in: NIA's OpenID Connect and the short-lived cookie that holds its answer.</summary>
public static class NiaAuthentication
{
    /// <summary>The OpenID Connect handler talking to NIA.</summary>
    public const string Scheme = "Nia";

    /// <summary>Holds NIA's verified answer between the callback and the end of the sign-in (consent, linking).</summary>
    public const string ExternalScheme = "CitizenExternal";

    /// <summary>The id_token claims, as JSON, of the <c>claims</c> authorize parameter.</summary>
    public static string ClaimsParameter(IEnumerable<string> claims) =>
        JsonSerializer.Serialize(new Dictionary<string, Dictionary<string, object?>>
        {
            ["id_token"] = claims.Distinct(StringComparer.Ordinal).ToDictionary(c => c, _ => (object?)null),
        });
}

/// <summary>
/// Points ASP.NET Core's OpenID Connect handler at NIA and switches off what NIA does not do (docs/adr/0009-nia-client.md):
/// no PKCE, no client secret, no userinfo, no <c>sub</c>; discovery at NIA's own path; an encrypted id_token opened with
/// the town's certificate; claims asked for by the <c>claims</c> parameter; the level of assurance asked for by scope.
/// </summary>
/// <remarks>Options are built on the first request, when the server's address is known: a site-relative
/// <see cref="NiaOptions.Authority"/> (the simulator in this very site) is resolved against it.</remarks>
public sealed class ConfigureNiaOpenIdConnect(
    IOptions<NiaOptions> nia,
    NiaCertificate certificate,
    NiaSettings check,
    ITokenReplayCache replayCache,
    IServer server,
    ILogger<ConfigureNiaOpenIdConnect> logger) : IConfigureNamedOptions<OpenIdConnectOptions>
{
    public void Configure(string? name, OpenIdConnectOptions options)
    {
        if (name == NiaAuthentication.Scheme)
        {
            Configure(options);
        }
    }

    public void Configure(OpenIdConnectOptions options)
    {
        var settings = nia.Value;
        if (!check.IsUsable)
        {
            // eID is off: options that pass the handler's validation and never fetch anything, so other pages keep working.
            logger.LogError("eID sign-in is off: {Problem}", check.Problem);
            options.ClientId = string.IsNullOrWhiteSpace(settings.ClientId) ? "eid-off" : settings.ClientId;
            options.Configuration = new OpenIdConnectConfiguration();
            options.SignInScheme = NiaAuthentication.ExternalScheme;
            options.EventsType = typeof(NiaOpenIdConnectEvents);
            return;
        }
        // Not Uri.TryCreate: on Linux "/nia-simulator/..." parses as an absolute file: URI.
        var relative = !settings.DiscoveryAddress.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !settings.DiscoveryAddress.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        options.MetadataAddress = relative ? SiteAddress.ListeningOrigin(server) + settings.DiscoveryAddress : settings.DiscoveryAddress;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata ?? !relative;

        options.ClientId = settings.ClientId;
        options.ClientSecret = null;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = false;
        options.Scope.Clear();
        options.Scope.Add(OpenIdConnectScope.OpenId);
        options.Scope.Add(settings.MinimumLevel.Scope());
        options.GetClaimsFromUserInfoEndpoint = false;
        options.SaveTokens = false;
        options.MapInboundClaims = false;
        options.DisableTelemetry = true;
        options.CallbackPath = settings.CallbackPath;
        options.SignedOutCallbackPath = settings.SignedOutCallbackPath;
        options.RemoteSignOutPath = settings.SignedOutCallbackPath + "/nia";
        options.SignInScheme = NiaAuthentication.ExternalScheme;
        options.SignOutScheme = NiaAuthentication.ExternalScheme;
        options.RemoteAuthenticationTimeout = settings.RemoteSignInTimeout;
        options.BackchannelTimeout = TimeSpan.FromSeconds(20);
        options.EventsType = typeof(NiaOpenIdConnectEvents);

        // The answer comes back by a top-level GET (response_mode=query), which carries SameSite=Lax cookies.
        foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.HttpOnly = true;
            // Sent to the start of a sign-in too (not only to the callback), so that a new start can remove them (NiaFlowCookies).
            cookie.Path = Startup.LoginPath;
        }
        options.CorrelationCookie.Name = "portal.nia.correlation.";
        options.NonceCookie.Name = "portal.nia.nonce.";

        // NIA sends no sub; the account key is PersonIdentifier. The nonce is still required.
        options.ProtocolValidator = new OpenIdConnectProtocolValidator
        {
            RequireSub = false,
            RequireNonce = true,
            // The handler checks state itself (correlation cookie and protected properties), not through the validator.
            RequireStateValidation = false,
            RequireTimeStampInNonce = true,
            NonceLifetime = settings.RemoteSignInTimeout,
        };

        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.ClientId,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = settings.ClockSkew,
            NameClaimType = NiaClaims.PersonIdentifier,
            ValidateTokenReplay = true,
            TokenReplayCache = replayCache,
            // NIA's JWE header names no key, so every key of the town's certificate is tried.
            TokenDecryptionKeyResolver = (_, _, _, _) => certificate.DecryptionKeys(),
            TryAllDecryptionKeys = true,
        };
    }
}
