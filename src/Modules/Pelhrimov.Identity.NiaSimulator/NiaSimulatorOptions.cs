using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Pelhrimov.Identity.NiaSimulator;

/// <summary>The <c>NiaSimulator</c> configuration section, read once at start-up.</summary>
public sealed class NiaSimulatorOptions
{
    public const string Section = "NiaSimulator";
    public const string TestingEnvironment = "Testing";

    /// <summary><c>NiaSimulator:Enabled</c>; defaults to true in Development and Testing only.</summary>
    public bool Enabled { get; init; }

    /// <summary><c>NiaSimulator:BasePath</c>, normalised to start with a slash and end without one.</summary>
    public string BasePath { get; init; } = "/nia-simulator";

    /// <summary><c>NiaSimulator:FaultInjection</c>: honour <c>fault=</c> on authorize (tests only).</summary>
    public bool FaultInjection { get; init; }

    /// <summary><c>NiaSimulator:IdTokenLifetime</c>, ten minutes unless configured.</summary>
    public TimeSpan IdTokenLifetime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary><c>NiaSimulator:ServiceProviders</c>; empty means one default SeP from the portal's <c>Nia</c> section.</summary>
    public IReadOnlyList<ServiceProviderOptions> ServiceProviders { get; init; } = [];

    public static NiaSimulatorOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(Section);
        var enabledByDefault = environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment);
        var basePath = "/" + (section["BasePath"] ?? "/nia-simulator").Trim().Trim('/');
        return new NiaSimulatorOptions
        {
            Enabled = section.GetValue<bool?>("Enabled") ?? enabledByDefault,
            BasePath = basePath == "/" ? "" : basePath,
            FaultInjection = section.GetValue<bool?>("FaultInjection") ?? false,
            IdTokenLifetime = section.GetValue<TimeSpan?>("IdTokenLifetime") ?? TimeSpan.FromMinutes(10),
            ServiceProviders = section.GetSection("ServiceProviders").GetChildren()
                .Select(ServiceProviderOptions.From).ToList(),
        };
    }
}

/// <summary>One registered service provider (SeP), as NIA's administration would hold it.</summary>
public sealed record ServiceProviderOptions(
    string ClientId,
    string? CertificatePath,
    string? CertificatePassword,
    IReadOnlyList<string> RedirectUris,
    IReadOnlyList<string> LogoutUris)
{
    public static ServiceProviderOptions From(IConfigurationSection section) => new(
        section["ClientId"] ?? throw new InvalidOperationException($"{section.Path}:ClientId is required."),
        section["CertificatePath"],
        section["CertificatePassword"],
        section.GetSection("RedirectUris").GetChildren().Select(c => c.Value).OfType<string>().ToList(),
        section.GetSection("LogoutUris").GetChildren().Select(c => c.Value).OfType<string>().ToList());
}
