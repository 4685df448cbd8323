using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pelhrimov.ApiClients.Services;

/// <summary>Says once at start-up, in Production, that API tokens are signed with self-signed certificates from the data folder.</summary>
public sealed class CertificateWarning(TokenCertificates certificates, IHostEnvironment environment, ILogger<CertificateWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (certificates.KeptInDataFolder && environment.IsProduction())
        {
            logger.LogWarning(
                "API access tokens are signed and encrypted with self-signed certificates kept in the data folder (keys/api-clients-*.pfx). " +
                "Configure ApiClients:SigningCertificate and ApiClients:EncryptionCertificate to manage and renew them yourself (docs/api-clients.md).");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
