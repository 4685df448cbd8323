using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Security;

namespace Pelhrimov.ApiClients.Services;

/// <summary>The certificates that sign and encrypt access tokens.</summary>
/// <remarks>
/// From <c>ApiClients:SigningCertificate:Path/Password</c> and <c>ApiClients:EncryptionCertificate:Path/Password</c>.
/// Outside Production a missing one is replaced by a development certificate made once in <c>&lt;data folder&gt;/keys/</c>,
/// so tokens survive a restart and nodes sharing the data folder accept each other's tokens. Production refuses to start
/// without both: ephemeral or self-made keys there would silently invalidate every token on each deployment.
/// </remarks>
public sealed record TokenCertificates(X509Certificate2 Signing, X509Certificate2 Encryption)
{
    public const string SigningFile = "api-clients-signing.pfx";
    public const string EncryptionFile = "api-clients-encryption.pfx";

    public static TokenCertificates Load(IConfiguration configuration, IHostEnvironment environment, DataFolder dataFolder) => new(
        One(configuration, environment, dataFolder, ApiClientSettings.SigningCertificateSection, SigningFile, "signing"),
        One(configuration, environment, dataFolder, ApiClientSettings.EncryptionCertificateSection, EncryptionFile, "encryption"));

    private static X509Certificate2 One(
        IConfiguration configuration, IHostEnvironment environment, DataFolder dataFolder, string section, string file, string purpose)
    {
        if (Certificates.FromConfiguration(configuration.GetSection(section), environment.ContentRootPath) is { } configured)
        {
            return configured;
        }
        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                $"API access tokens need a {purpose} certificate in Production: set {section}:Path (a PKCS#12 file) and " +
                $"{section}:Password (from a secret store or the environment, never from a file in the repository).");
        }
        return Certificates.LoadOrCreateDevelopment(
            dataFolder.Combine("keys", file), $"CN=Pelhrimov portal API token {purpose} (development)");
    }
}
