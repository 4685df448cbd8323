using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pelhrimov.Core.Modules;
using Pelhrimov.Payments.GatewaySimulator.Controllers;
using Pelhrimov.Payments.GatewaySimulator.Endpoints;
using Pelhrimov.Payments.GatewaySimulator.Services;

namespace Pelhrimov.Payments.GatewaySimulator;

/// <summary>Registers the simulator when enabled; refuses to start in Production when enabled.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        var options = GatewaySimulatorOptions.From(context.Configuration, context.Environment);
        if (options.Enabled && context.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                "PaymentGatewaySimulator:Enabled is true in the Production environment. The payment gateway simulator reports payments " +
                "as paid without any money moving and must never run in production: remove PaymentGatewaySimulator:Enabled from the " +
                "production configuration (it is off by default there).");
        }

        // Without the simulator its page's controller is removed, so that none of its addresses exists.
        services.Configure<MvcOptions>(o => o.Conventions.Add(new ControllerUnderBasePath(typeof(PaymentPageController), options.Enabled, options.BasePath)));
        if (!options.Enabled)
        {
            return;
        }
        services.AddSingleton(options);
        services.AddSingleton<SimulatedPayments>();
        services.AddSingleton<MerchantNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<MerchantNotifier>());
        services.AddHttpClient(MerchantNotifier.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<GatewaySimulatorOptions>() is { Enabled: true } options)
        {
            endpoints.MapComGateApi(options.BasePath);
        }
    }
}
