using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Indexing;
using Pelhrimov.Core.Settings;

namespace Pelhrimov.Core.Data;

/// <summary>The few tables every module shares: audit log, indexing log and site settings.</summary>
public class CoreDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<IndexingTask> IndexingTasks => Set<IndexingTask>();

    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("core_audit_entries");
            e.Property(x => x.Actor).HasMaxLength(256);
            e.Property(x => x.Action).HasMaxLength(100);
            e.Property(x => x.EntityType).HasMaxLength(100);
            e.Property(x => x.EntityId).HasMaxLength(100);
            e.Property(x => x.Summary).HasMaxLength(1000);
            e.HasIndex(x => x.OccurredUtc);
        });
        modelBuilder.Entity<IndexingTask>(e =>
        {
            e.ToTable("core_indexing_log");
            e.Property(x => x.ItemType).HasMaxLength(100);
            e.Property(x => x.ItemId).HasMaxLength(100);
        });
        modelBuilder.Entity<SiteSetting>(e =>
        {
            e.ToTable("core_site_settings");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(200);
        });
    }
}

public sealed class SqliteCoreDbContext(DbContextOptions<SqliteCoreDbContext> options) : CoreDbContext(options);

public sealed class PostgresCoreDbContext(DbContextOptions<PostgresCoreDbContext> options) : CoreDbContext(options);

public sealed class SqliteCoreDesignTimeFactory() : SqliteDesignTimeFactory<SqliteCoreDbContext>(CoreManifest.ModuleId);

public sealed class PostgresCoreDesignTimeFactory() : PostgresDesignTimeFactory<PostgresCoreDbContext>(CoreManifest.ModuleId);
