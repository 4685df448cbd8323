using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Identity.NiaSimulator.Services;

/// <summary>The registered service providers (SePs): configured ones, or one default SeP that is the portal itself.</summary>
public sealed class ServiceProviderRegistry
{
    public const string DefaultClientId = "https://portal.pelhrimov.example/";
    public const string DevelopmentCertificateSubject = "CN=Portal obcana Pelhrimov (development)";

    private readonly IReadOnlyList<RegisteredServiceProvider> _providers;

    public ServiceProviderRegistry(NiaSimulatorOptions options, IConfiguration configuration, IHostEnvironment environment, DataFolder dataFolder)
    {
        var contentRoot = environment.ContentRootPath;
        _providers = options.ServiceProviders.Count > 0
            ? options.ServiceProviders.Select(p => Configured(p, contentRoot)).ToList()
            : [Default(configuration, contentRoot, dataFolder)];
    }

    public IReadOnlyList<RegisteredServiceProvider> All => _providers;

    /// <summary>The SeP whose unique URL is <paramref name="clientId"/> (compared exactly, as an identifier).</summary>
    public RegisteredServiceProvider? Find(string? clientId) =>
        string.IsNullOrEmpty(clientId) ? null : _providers.FirstOrDefault(p => string.Equals(p.ClientId, clientId, StringComparison.Ordinal));

    private static RegisteredServiceProvider Configured(ServiceProviderOptions options, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            throw new InvalidOperationException($"NiaSimulator: the service provider '{options.ClientId}' has no CertificatePath to encrypt to.");
        }
        var path = Path.Combine(contentRoot, options.CertificatePath);
        return new RegisteredServiceProvider(options.ClientId, isDefault: false, options.RedirectUris, options.LogoutUris,
            () => LoadPublicCertificate(path, options.CertificatePassword));
    }

    // The portal's own NIA client registration (section "Nia"), so that a fresh checkout signs in without any set-up.
    private static RegisteredServiceProvider Default(IConfiguration configuration, string contentRoot, DataFolder dataFolder)
    {
        var clientId = configuration["Nia:ClientId"] is { Length: > 0 } configured ? configured : DefaultClientId;
        var certificateSection = configuration.GetSection("Nia:Certificate");
        return new RegisteredServiceProvider(clientId, isDefault: true, [], [],
            () => Certificates.FromConfiguration(certificateSection, contentRoot)
                  ?? Certificates.LoadOrCreateDevelopment(dataFolder.CombineShared("keys", "nia-sep-dev.pfx"), DevelopmentCertificateSubject));
    }

    /// <summary>A PKCS#12 file (.pfx, .p12) or a public certificate in DER or PEM (.cer, .crt, .pem).</summary>
    private static X509Certificate2 LoadPublicCertificate(string path, string? password)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".pfx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".p12", StringComparison.OrdinalIgnoreCase)
            ? Certificates.LoadPkcs12(path, password)
            : X509CertificateLoader.LoadCertificateFromFile(path);
    }
}
