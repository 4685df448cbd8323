using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Nia;

/// <summary>
/// The town's certificate registered with NIA, whose private key opens the encrypted id_token. From
/// <c>Nia:Certificate:Path</c> / <c>Nia:Certificate:Password</c>; outside Production, a development certificate made once in
/// the data folder (the simulator encrypts to the same one). Loaded on first use, so start-up pays nothing for it.
/// </summary>
public sealed class NiaCertificate
{
    public const string DevelopmentFileName = "nia-sep-dev.pfx";

    public const string DevelopmentSubject = "CN=Portal obcana Pelhrimov (development)";

    private readonly Lazy<X509Certificate2?> _certificate;

    public NiaCertificate(IConfiguration configuration, IHostEnvironment environment, DataFolder dataFolder, ILogger<NiaCertificate> logger)
    {
        _certificate = new Lazy<X509Certificate2?>(() =>
        {
            var configured = Certificates.FromConfiguration(configuration.GetSection("Nia:Certificate"), environment.ContentRootPath);
            if (configured is not null)
            {
                if (!configured.HasPrivateKey)
                {
                    throw new InvalidOperationException("Nia:Certificate must be a PKCS#12 file with the private key: NIA encrypts the id_token to it.");
                }
                return configured;
            }
            if (environment.IsProduction())
            {
                logger.LogError("eID sign-in is off: Nia:Certificate:Path is not configured (see docs/nia.md).");
                return null;
            }
            return Certificates.LoadOrCreateDevelopment(dataFolder.CombineShared("keys", DevelopmentFileName), DevelopmentSubject);
        });
    }

    /// <summary>The certificate, or null when eID sign-in is not configured (Production without a certificate).</summary>
    public X509Certificate2? Certificate => _certificate.Value;

    /// <summary>The key(s) the id_token may be encrypted to. NIA's JWE header has no <c>kid</c>, so these are simply tried.</summary>
    public IEnumerable<SecurityKey> DecryptionKeys() =>
        Certificate is { } certificate ? [new X509SecurityKey(certificate)] : [];
}
