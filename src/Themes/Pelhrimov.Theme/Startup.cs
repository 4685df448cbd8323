using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Modules;
using Pelhrimov.Theme.Layout;

namespace Pelhrimov.Theme;

/// <summary>The public theme: the layout, its CSS and scripts (static files under <c>/_content/Pelhrimov.Theme/</c>) and the town's emblem.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddScoped<SiteChromeLoader>();
        services.AddSingleton<IWarmUp, SiteChromeWarmUp>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => EmblemEndpoint.Map(endpoints);
}
