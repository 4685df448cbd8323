using Microsoft.EntityFrameworkCore;

namespace Pelhrimov.Core.Data;

/// <summary>Base for a module's database context: the module's tables only, with shared conventions.</summary>
/// <remarks>
/// Each module derives one context, then two sealed provider-specific contexts (SQLite, PostgreSQL) that only
/// exist so that each provider keeps its own migrations. See docs/adr/0002-storage.md.
/// </remarks>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        PortalConventions.Apply(configurationBuilder);
}

/// <summary>Conventions every context applies, including those that cannot derive from <see cref="ModuleDbContext"/>.</summary>
public static class PortalConventions
{
    public static void Apply(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
