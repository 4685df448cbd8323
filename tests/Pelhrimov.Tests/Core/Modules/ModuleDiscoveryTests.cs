using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;
using Pelhrimov.TestModule;

namespace Pelhrimov.Tests.Core.Modules;

/// <summary>Pelhrimov.TestModule is added to the app under test by a project reference and nothing else.</summary>
[Collection(PortalCollection.Name)]
public sealed class ModuleDiscoveryTests(PortalApp app)
{
    [Fact]
    public async Task Referenced_module_serves_its_endpoints()
    {
        var response = await app.CreateClient().GetStringAsync("/test-module/ping", TestContext.Current.CancellationToken);

        Assert.Equal("pong", response);
    }

    [Fact]
    public async Task Optional_glue_runs_when_the_module_it_needs_is_present()
    {
        var response = await app.CreateClient().GetStringAsync("/test-module/glue", TestContext.Current.CancellationToken);

        Assert.Equal("glue", response);
    }

    [Fact]
    public async Task Optional_glue_for_an_absent_module_maps_no_route()
    {
        using var response = await app.CreateClient().GetAsync("/test-module/never", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var startups = app.Services.GetRequiredService<ModuleCatalog>().Startups.Select(s => s.GetType()).ToList();
        Assert.Contains(typeof(ContentGlueStartup), startups);
        Assert.DoesNotContain(typeof(MissingModuleGlueStartup), startups);
    }

    [Fact]
    public void Catalog_lists_modules_after_the_modules_they_depend_on()
    {
        var ids = app.Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.Id).ToList();

        Assert.Equal("Core", ids[0]);
        Assert.Contains(Manifest.ModuleId, ids);
        Assert.True(ids.IndexOf("Content") < ids.IndexOf(Manifest.ModuleId), $"Content must come before TestModule: {string.Join(", ", ids)}");
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            Assert.All(module.Manifest.Dependencies, dependency => Assert.True(
                ids.IndexOf(dependency) < ids.IndexOf(module.Id), $"{module.Id} is listed before its dependency {dependency}: {string.Join(", ", ids)}"));
        }
    }

    [Fact]
    public void Module_contributes_its_admin_menu_entry_and_permission()
    {
        var menu = app.Services.GetServices<IAdminMenuProvider>().SelectMany(p => p.GetItems());
        var permissions = app.Services.GetServices<IPermissionProvider>().SelectMany(p => p.GetPermissions());

        Assert.Contains(menu, item => item.Url == AdminMenu.Url && item.Permission == Permissions.View.Name);
        Assert.Contains(Permissions.View, permissions);
    }
}
