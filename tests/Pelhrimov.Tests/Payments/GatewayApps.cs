using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Tests.Payments;

/// <summary>
/// The gateway simulator in a PortalApp of its own (<c>http://127.0.0.1:PORT/platebni-brana-simulator</c>) and a merchant
/// on another origin registered there, as a shop is in ComGate's client portal. The secret is made per run.
/// </summary>
public class GatewayApps : IAsyncLifetime
{
    public const string MerchantId = "123456";
    public const string OtherMerchantId = "654321";

    public PortalApp Gateway { get; private set; } = null!;

    public MerchantHost Merchant { get; private set; } = null!;

    /// <summary>A second shop of the same gateway, for tests of isolation between merchants.</summary>
    public MerchantHost OtherMerchant { get; private set; } = null!;

    public string Secret { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The gateway app's clock; the system's when null.</summary>
    public virtual ManualClock? Clock => null;

    public async ValueTask InitializeAsync()
    {
        var merchantPort = PortalApp.FreePort();
        var otherPort = PortalApp.FreePort();
        var otherSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        Gateway = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings =
            {
                ["PaymentGatewaySimulator:Merchants:0:MerchantId"] = MerchantId,
                ["PaymentGatewaySimulator:Merchants:0:Secret"] = Secret,
                ["PaymentGatewaySimulator:Merchants:0:NotificationUrl"] = $"http://localhost:{merchantPort}{MerchantHost.NotificationPath}",
                ["PaymentGatewaySimulator:Merchants:1:MerchantId"] = OtherMerchantId,
                ["PaymentGatewaySimulator:Merchants:1:Secret"] = otherSecret,
                ["PaymentGatewaySimulator:Merchants:1:NotificationUrl"] = $"http://localhost:{otherPort}{MerchantHost.NotificationPath}",
            },
            ConfigureServices = Clock is { } clock ? s => s.AddSingleton<TimeProvider>(clock) : null,
        });
        var api = new Uri(Gateway.BaseAddress, "platebni-brana-simulator/v1.0/");
        Merchant = await MerchantHost.StartAsync(merchantPort, api, MerchantId, Secret);
        OtherMerchant = await MerchantHost.StartAsync(otherPort, api, OtherMerchantId, otherSecret);
    }

    public async ValueTask DisposeAsync()
    {
        if (OtherMerchant is not null)
        {
            await OtherMerchant.DisposeAsync();
        }
        if (Merchant is not null)
        {
            await Merchant.DisposeAsync();
        }
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same, with a gateway whose clock moves only when the test says so (payments expire after 30 minutes).</summary>
public sealed class ClockedGatewayApps : GatewayApps
{
    public override ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);
}
