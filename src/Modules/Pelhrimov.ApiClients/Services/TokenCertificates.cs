using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Security;

namespace Pelhrimov.ApiClients.Services;

/// <summary>The certificates that sign and encrypt access tokens.</summary>
/// <remarks>
/// From <c>ApiClients:SigningCertificate:Path/Password</c> and <c>ApiClients:EncryptionCertificate:Path/Password</c>.
/// A missing one is replaced by a self-signed certificate made once in <c>&lt;data folder&gt;/keys/</c>, next to the
/// data-protection keys, so tokens survive a restart and nodes sharing the data folder accept each other's tokens. In
/// Production that is logged as a warning at start-up (<see cref="KeptInDataFolder"/>): a site that does not use API
/// clients still starts, and one that does should configure certificates it manages and renews itself.
/// </remarks>
public sealed record TokenCertificates(X509Certificate2 Signing, X509Certificate2 Encryption, bool KeptInDataFolder = false)
{
    public const string SigningFile = "api-clients-signing.pfx";
    public const string EncryptionFile = "api-clients-encryption.pfx";

    public static TokenCertificates Load(IConfiguration configuration, IHostEnvironment environment, DataFolder dataFolder)
    {
        var (signing, signingMade) = One(configuration, environment, dataFolder, ApiClientSettings.SigningCertificateSection, SigningFile, "signing");
        var (encryption, encryptionMade) = One(configuration, environment, dataFolder, ApiClientSettings.EncryptionCertificateSection, EncryptionFile, "encryption");
        return new TokenCertificates(signing, encryption, signingMade || encryptionMade);
    }

    private static (X509Certificate2 Certificate, bool Made) One(
        IConfiguration configuration, IHostEnvironment environment, DataFolder dataFolder, string section, string file, string purpose)
    {
        if (Certificates.FromConfiguration(configuration.GetSection(section), environment.ContentRootPath) is { } configured)
        {
            return (configured, false);
        }
        return (Certificates.LoadOrCreateDevelopment(
            dataFolder.CombineShared("keys", file), $"CN=Pelhrimov portal API token {purpose} (self-signed)"), true);
    }
}
