using Microsoft.EntityFrameworkCore;
using Pelhrimov.Analytics.Domain;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Analytics.Data;

/// <summary>The analytics module's tables: daily totals and daily views per page. Nothing about a visitor.</summary>
public class AnalyticsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<DailyTraffic> Daily => Set<DailyTraffic>();

    public DbSet<PageDailyViews> PageDaily => Set<PageDailyViews>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AnalyticsDbContext).Assembly);
}

public sealed class SqliteAnalyticsDbContext(DbContextOptions<SqliteAnalyticsDbContext> options) : AnalyticsDbContext(options);

public sealed class PostgresAnalyticsDbContext(DbContextOptions<PostgresAnalyticsDbContext> options) : AnalyticsDbContext(options);

public sealed class SqliteAnalyticsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteAnalyticsDbContext>(Manifest.ModuleId);

public sealed class PostgresAnalyticsDesignTimeFactory() : PostgresDesignTimeFactory<PostgresAnalyticsDbContext>(Manifest.ModuleId);
