using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pelhrimov.Core.Modules;
using Pelhrimov.Identity.NiaSimulator.Controllers;
using Pelhrimov.Identity.NiaSimulator.Endpoints;
using Pelhrimov.Identity.NiaSimulator.Services;

namespace Pelhrimov.Identity.NiaSimulator;

/// <summary>Registers the simulator's services and routes when enabled; refuses to start in Production when enabled.</summary>
/// <remarks>Nothing expensive happens here: keys and certificates are loaded or made at first use.</remarks>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        var options = NiaSimulatorOptions.From(context.Configuration, context.Environment);
        if (options.Enabled && context.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                "NiaSimulator:Enabled is true in the Production environment. The NIA simulator signs anyone in as a made-up person " +
                "and must never run in production: remove NiaSimulator:Enabled from the production configuration (it is off by default there).");
        }

        // Without the simulator its pages' controller is removed, so that none of its addresses exists.
        services.Configure<MvcOptions>(o => o.Conventions.Add(new ControllerUnderBasePath(typeof(NiaSimulatorController), options.Enabled, options.BasePath)));
        if (!options.Enabled)
        {
            return;
        }
        services.AddSingleton(options);
        services.AddSingleton<ServiceProviderRegistry>();
        services.AddSingleton<SigningKey>();
        services.AddSingleton<AuthorizationCodes>();
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<IdTokenIssuer>();
        services.AddSingleton<NiaSession>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<NiaSimulatorOptions>() is { Enabled: true } options)
        {
            endpoints.MapNiaOidcApi(options.BasePath);
        }
    }
}
