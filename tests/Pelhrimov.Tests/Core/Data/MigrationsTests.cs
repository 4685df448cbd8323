using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Tests.Core.Data;

/// <summary>Start-up skips migrating when nothing is pending, so a model change without its migration must fail here instead.</summary>
[Collection(PortalCollection.Name)]
public sealed class MigrationsTests(PortalApp app)
{
    [Fact]
    public async Task Every_module_context_has_a_migration_for_every_model_change()
    {
        var registered = app.Services.GetServices<IModuleDatabase>().Select(d => d.ModuleId).ToList();
        var pending = await app.InScopeAsync(sp => Task.FromResult(
            sp.GetServices<IModuleDatabase>().Select(d => (DbContext)sp.GetRequiredService(d.ContextType))
                .Where(db => db.Database.HasPendingModelChanges()).Select(db => db.GetType().Name).ToList()));

        Assert.Contains("Core", registered);
        Assert.Empty(pending);
    }
}
