using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Pelhrimov.ApiClients.Services;

/// <summary>The module's configuration keys and their defaults.</summary>
/// <param name="Reference">Whether the browsable API reference is served (<c>ApiClients:Reference</c>; in Development by default).</param>
public sealed record ApiClientSettings(TimeSpan AccessTokenLifetime, int TokenRequestsPerMinute, Uri? Issuer, bool Reference)
{
    public const string Section = "ApiClients";
    public const string AccessTokenLifetimeKey = "ApiClients:AccessTokenLifetime";
    public const string TokenRequestsPerMinuteKey = "ApiClients:TokenRequestsPerMinute";
    public const string IssuerKey = "ApiClients:Issuer";
    public const string ReferenceKey = "ApiClients:Reference";
    public const string SigningCertificateSection = "ApiClients:SigningCertificate";
    public const string EncryptionCertificateSection = "ApiClients:EncryptionCertificate";

    public static ApiClientSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var lifetime = configuration.GetValue<TimeSpan?>(AccessTokenLifetimeKey) ?? TimeSpan.FromMinutes(15);
        if (lifetime <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{AccessTokenLifetimeKey} must be positive, e.g. 00:15:00.");
        }
        var perMinute = configuration.GetValue<int?>(TokenRequestsPerMinuteKey) ?? 60;
        if (perMinute <= 0)
        {
            throw new InvalidOperationException($"{TokenRequestsPerMinuteKey} must be a positive number.");
        }
        // Without it the issuer is the address a request came to, so a token is accepted only under the same host name.
        Uri? issuer = null;
        if (configuration[IssuerKey] is { Length: > 0 } configured && !Uri.TryCreate(configured, UriKind.Absolute, out issuer))
        {
            throw new InvalidOperationException($"{IssuerKey} must be an absolute URL such as https://www.pelhrimov.cz/.");
        }
        var reference = configuration.GetValue<bool?>(ReferenceKey) ?? environment.IsDevelopment();
        return new ApiClientSettings(lifetime, perMinute, issuer, reference);
    }
}
