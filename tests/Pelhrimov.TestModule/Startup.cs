using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.TestModule;

/// <summary>Registers the test module's menu entry, permission, API scope, setup task, warm-ups and citizen-area sections and "Vyřídit online" button, and maps its ping endpoints.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddAdminMenu<AdminMenu>();
        services.AddPermissions<Permissions>();
        services.AddApiScopes<ApiScopes>();
        services.AddScoped<ISetupTask, SetupRunRecorder>();
        services.AddSingleton<IWarmUp, FailingWarmUp>();
        services.AddSingleton<IWarmUp, WarmUpRecorder>();
        // Registered in the opposite of their display order: the citizen area orders cards by their Order.
        services.AddCitizenAreaSection<TestFilingsSection>();
        services.AddCitizenAreaSection<TestRemindersSection>();
        services.AddPageSlot(PageSlots.LifeSituationActions, TestOnlineFormViewComponent.Name);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/test-module/ping", () => Results.Text("pong"));
        endpoints.MapGet("/test-module/formular/{slug}", (string slug) => Results.Text("formulář " + slug));
        endpoints.MapGet(ApiScopes.EndpointPath, (HttpContext http) => Results.Ok(new { pong = ApiAuthentication.ClientId(http.User) }))
            .RequireApiScope(ApiScopes.Read);
    }
}
