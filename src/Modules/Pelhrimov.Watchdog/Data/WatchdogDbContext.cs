using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Watchdog.Domain;

namespace Pelhrimov.Watchdog.Data;

/// <summary>Citizens' own events, the reminders sent for them, and the calendar feeds' tokens.</summary>
public class WatchdogDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<WatchdogEvent> Events => Set<WatchdogEvent>();

    public DbSet<SentReminder> Reminders => Set<SentReminder>();

    public DbSet<CalendarFeed> Feeds => Set<CalendarFeed>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WatchdogEvent>(e =>
        {
            e.ToTable("watchdog_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(WatchdogEvent.TitleMaxLength);
            e.HasIndex(x => x.AccountId);
            // The reminder job reads the events whose reminder day has come.
            e.HasIndex(x => x.RemindOn);
        });
        modelBuilder.Entity<SentReminder>(e =>
        {
            e.ToTable("watchdog_reminders");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.EventId, x.OccurrenceDate }).IsUnique();
            e.HasIndex(x => x.AccountId);
        });
        modelBuilder.Entity<CalendarFeed>(e =>
        {
            e.ToTable("watchdog_feeds");
            e.HasKey(x => x.AccountId);
            e.Property(x => x.AccountId).ValueGeneratedNever();
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.Property(x => x.ProtectedToken).HasMaxLength(1000);
            e.HasIndex(x => x.TokenHash).IsUnique();
        });
    }
}

public sealed class SqliteWatchdogDbContext(DbContextOptions<SqliteWatchdogDbContext> options) : WatchdogDbContext(options);

public sealed class PostgresWatchdogDbContext(DbContextOptions<PostgresWatchdogDbContext> options) : WatchdogDbContext(options);

public sealed class SqliteWatchdogDesignTimeFactory() : SqliteDesignTimeFactory<SqliteWatchdogDbContext>(Manifest.ModuleId);

public sealed class PostgresWatchdogDesignTimeFactory() : PostgresDesignTimeFactory<PostgresWatchdogDbContext>(Manifest.ModuleId);
