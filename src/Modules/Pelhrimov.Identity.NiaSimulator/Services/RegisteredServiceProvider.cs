using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace Pelhrimov.Identity.NiaSimulator.Services;

/// <summary>A SeP as NIA knows it: unique URL (client_id), certificate to encrypt to, return and logout URLs.</summary>
/// <remarks>
/// The default SeP is this very application, whose address differs between machines: it accepts any return or logout
/// URL of the same origin as the request that reached the simulator.
/// </remarks>
public sealed class RegisteredServiceProvider
{
    private readonly Lazy<X509Certificate2> _certificate;

    public RegisteredServiceProvider(
        string clientId, bool isDefault, IReadOnlyList<string> redirectUris, IReadOnlyList<string> logoutUris, Func<X509Certificate2> certificate)
    {
        ClientId = clientId;
        IsDefault = isDefault;
        RedirectUris = redirectUris;
        LogoutUris = logoutUris;
        // Loaded (or created) at first sign-in, not at start-up: start-up stays cheap and a broken path shows where it matters.
        _certificate = new Lazy<X509Certificate2>(certificate, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string ClientId { get; }

    public bool IsDefault { get; }

    public IReadOnlyList<string> RedirectUris { get; }

    public IReadOnlyList<string> LogoutUris { get; }

    public X509Certificate2 Certificate => _certificate.Value;

    /// <summary>The key NIA encrypts the id_token to. Deliberately without a key id: NIA's JWE header carries no <c>kid</c>.</summary>
    public SecurityKey EncryptionKey =>
        new RsaSecurityKey(Certificate.GetRSAPublicKey() ?? throw new InvalidOperationException($"The certificate of '{ClientId}' has no RSA key."));

    public bool AllowsRedirect(string? uri, HttpRequest request) =>
        uri is not null && (IsDefault ? IsSameOrigin(uri, request) : RedirectUris.Contains(uri, StringComparer.Ordinal));

    /// <summary>Where to return after logout: the requested URL when registered, else the first registered logout URL.</summary>
    public string? LogoutTarget(string? requested, HttpRequest request)
    {
        if (IsDefault)
        {
            return requested is not null && IsSameOrigin(requested, request) ? requested : null;
        }
        return requested is not null && LogoutUris.Contains(requested, StringComparer.Ordinal) ? requested : LogoutUris.Count > 0 ? LogoutUris[0] : null;
    }

    private static bool IsSameOrigin(string uri, HttpRequest request) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var target)
        && string.IsNullOrEmpty(target.Fragment)
        && target.Scheme.Equals(request.Scheme, StringComparison.OrdinalIgnoreCase)
        && target.Authority.Equals(request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
