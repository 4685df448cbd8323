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

    [Fact]
    public async Task Start_up_finds_each_module_s_migrations_as_EF_Core_does()
    {
        var mismatches = await app.InScopeAsync(sp => Task.FromResult(
            sp.GetServices<IModuleDatabase>()
                .Select(d => (d.ModuleId, Listed: d.MigrationIds, Ef: ((DbContext)sp.GetRequiredService(d.ContextType)).Database.GetMigrations().ToList()))
                .Where(m => !m.Listed.SequenceEqual(m.Ef))
                .Select(m => $"{m.ModuleId}: [{string.Join(", ", m.Listed)}] vs EF Core [{string.Join(", ", m.Ef)}]")
                .ToList()));

        Assert.Empty(mismatches);
        Assert.All(app.Services.GetServices<IModuleDatabase>(), d => Assert.NotEmpty(d.MigrationIds));
    }
}
