using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.TestModule;

/// <summary>Registers the test module's menu entry, permission and setup task, and maps its ping endpoint.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddAdminMenu<AdminMenu>();
        services.AddPermissions<Permissions>();
        services.AddScoped<ISetupTask, SetupRunRecorder>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/test-module/ping", () => Results.Text("pong"));
    }
}
