using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Indexing;
using Pelhrimov.Core.Mail;
using Pelhrimov.Core.Settings;

namespace Pelhrimov.Core.Data;

/// <summary>The few tables every module shares: audit log, indexing log, site settings, the e-mail outbox and domain events.</summary>
public class CoreDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    /// <summary>Read with plain SQL at start-up too (<see cref="Setup.SiteInitializer"/>).</summary>
    public const string SiteSettingsTable = "core_site_settings";

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<IndexingTask> IndexingTasks => Set<IndexingTask>();

    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();

    public DbSet<OutgoingMail> OutgoingMail => Set<OutgoingMail>();

    public DbSet<StoredEvent> Events => Set<StoredEvent>();

    public DbSet<EventDelivery> EventDeliveries => Set<EventDelivery>();

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
            e.ToTable(SiteSettingsTable);
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(200);
        });
        modelBuilder.Entity<OutgoingMail>(e =>
        {
            e.ToTable("core_outgoing_mail");
            e.Property(x => x.To).HasMaxLength(320);
            e.Property(x => x.ToName).HasMaxLength(200);
            e.Property(x => x.Subject).HasMaxLength(500);
            e.Property(x => x.Category).HasMaxLength(100);
            e.Property(x => x.MessageId).HasMaxLength(300);
            e.Property(x => x.CorrelationId).HasMaxLength(64);
            e.Property(x => x.Headers).HasMaxLength(4000);
            e.Property(x => x.LastError).HasMaxLength(Mail.OutgoingMail.LastErrorMaxLength);
            // What the delivery worker looks for, what the admin list sorts by, and the per-address rate limit.
            e.HasIndex(x => new { x.Status, x.NextAttemptUtc });
            e.HasIndex(x => x.CreatedUtc);
            e.HasIndex(x => new { x.To, x.Category, x.CreatedUtc });
            e.HasIndex(x => x.CorrelationId);
        });
        modelBuilder.Entity<StoredEvent>(e =>
        {
            e.ToTable("core_events");
            e.Property(x => x.Type).HasMaxLength(StoredEvent.TypeMaxLength);
            e.Property(x => x.Module).HasMaxLength(100);
            e.Property(x => x.CorrelationId).HasMaxLength(64);
            e.HasIndex(x => x.OccurredUtc);
            e.HasMany(x => x.Deliveries).WithOne(x => x.Event).HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EventDelivery>(e =>
        {
            e.ToTable("core_event_deliveries");
            e.Property(x => x.Handler).HasMaxLength(EventDelivery.HandlerMaxLength);
            e.Property(x => x.ClaimedBy).HasMaxLength(200);
            e.Property(x => x.LastError).HasMaxLength(EventDelivery.LastErrorMaxLength);
            // The idempotency record: one delivery per event and handler.
            e.HasIndex(x => new { x.EventId, x.Handler }).IsUnique();
            // What the dispatcher looks for, and the admin's list of failed deliveries.
            e.HasIndex(x => new { x.Status, x.NextAttemptUtc });
        });
    }
}

public sealed class SqliteCoreDbContext(DbContextOptions<SqliteCoreDbContext> options) : CoreDbContext(options);

public sealed class PostgresCoreDbContext(DbContextOptions<PostgresCoreDbContext> options) : CoreDbContext(options);

public sealed class SqliteCoreDesignTimeFactory() : SqliteDesignTimeFactory<SqliteCoreDbContext>(CoreManifest.ModuleId);

public sealed class PostgresCoreDesignTimeFactory() : PostgresDesignTimeFactory<PostgresCoreDbContext>(CoreManifest.ModuleId);
