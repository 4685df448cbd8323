using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Pelhrimov.Payments.GatewaySimulator;

/// <summary>The <c>PaymentGatewaySimulator</c> configuration section, read once at start-up.</summary>
public sealed class GatewaySimulatorOptions
{
    public const string Section = "PaymentGatewaySimulator";

    /// <summary><c>PaymentGatewaySimulator:Enabled</c>; defaults to true in Development and Testing only.</summary>
    public bool Enabled { get; init; }

    /// <summary><c>PaymentGatewaySimulator:BasePath</c>, normalised to start with a slash and end without one.</summary>
    public string BasePath { get; init; } = "/platebni-brana-simulator";

    /// <summary><c>PaymentGatewaySimulator:PaymentLifetime</c>: how long an unpaid payment stays PENDING before it expires (CANCELLED).</summary>
    public TimeSpan PaymentLifetime { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The shops, as ComGate's client portal holds them (id, secret, notification URL).</summary>
    public IReadOnlyList<SimulatedMerchant> Merchants { get; init; } = [];

    public static GatewaySimulatorOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(Section);
        var enabledByDefault = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        var basePath = "/" + (section["BasePath"] ?? "/platebni-brana-simulator").Trim().Trim('/');
        var merchants = section.GetSection("Merchants").GetChildren().Select(SimulatedMerchant.From).ToList();

        // Without configured shops, this very app's ComGate client is the one shop (the portal paying against its own simulator).
        var comGate = configuration.GetSection("ComGate");
        if (merchants.Count == 0 && comGate["MerchantId"] is { Length: > 0 } merchantId && comGate["Secret"] is { Length: > 0 } secret)
        {
            merchants.Add(new SimulatedMerchant(merchantId, secret, Absolute(section["NotificationUrl"])));
        }
        return new GatewaySimulatorOptions
        {
            Enabled = section.GetValue<bool?>("Enabled") ?? enabledByDefault,
            BasePath = basePath == "/" ? "" : basePath,
            PaymentLifetime = section.GetValue<TimeSpan?>("PaymentLifetime") ?? TimeSpan.FromMinutes(30),
            Merchants = merchants,
        };
    }

    internal static Uri? Absolute(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}

/// <summary>One shop connection: ComGate's <c>merchant</c>, its <c>secret</c>, and the URL the results are pushed to.</summary>
public sealed record SimulatedMerchant(string MerchantId, string Secret, Uri? NotificationUrl)
{
    public static SimulatedMerchant From(IConfigurationSection section) => new(
        section["MerchantId"] ?? throw new InvalidOperationException($"{section.Path}:MerchantId is required."),
        section["Secret"] ?? throw new InvalidOperationException($"{section.Path}:Secret is required."),
        GatewaySimulatorOptions.Absolute(section["NotificationUrl"]));
}
