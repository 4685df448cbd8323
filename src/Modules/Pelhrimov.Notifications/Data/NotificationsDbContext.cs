using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Notifications.Domain;

namespace Pelhrimov.Notifications.Data;

/// <summary>The notifications module's tables: template versions, messages, citizens' preferences and news subscriptions.</summary>
public class NotificationsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<NotificationTemplateVersion> TemplateVersions => Set<NotificationTemplateVersion>();

    public DbSet<NotificationMessage> Messages => Set<NotificationMessage>();

    public DbSet<NotificationPreference> Preferences => Set<NotificationPreference>();

    public DbSet<NewsSubscription> NewsSubscriptions => Set<NewsSubscription>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NotificationTemplateVersion>(e =>
        {
            e.ToTable("notifications_template_versions");
            e.HasIndex(x => new { x.Key, x.Version }).IsUnique();
            e.Property(x => x.Key).HasMaxLength(100);
            e.Property(x => x.Subject).HasMaxLength(NotificationTemplateVersion.SubjectMaxLength);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<NotificationMessage>(e =>
        {
            e.ToTable("notifications_messages");
            e.Property(x => x.TemplateKey).HasMaxLength(100);
            e.Property(x => x.Address).HasMaxLength(NotificationMessage.AddressMaxLength);
            e.Property(x => x.RecipientName).HasMaxLength(200);
            e.Property(x => x.Subject).HasMaxLength(NotificationTemplateVersion.SubjectMaxLength);
            e.Property(x => x.LastError).HasMaxLength(1000);
            e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Ignore(x => x.CorrelationId);
            // The inbox page and the header's unread count; the admin list (newest first, by channel and status).
            e.HasIndex(x => new { x.AccountId, x.Channel, x.ArchivedUtc, x.CreatedUtc });
            e.HasIndex(x => new { x.AccountId, x.Channel, x.ReadUtc });
            e.HasIndex(x => new { x.Channel, x.Status, x.CreatedUtc });
            e.HasIndex(x => x.CreatedUtc);
            // The digest job's look-up of what is due and not yet taken.
            e.HasIndex(x => new { x.DigestId, x.DigestDueUtc });
        });
        modelBuilder.Entity<NotificationPreference>(e =>
        {
            e.ToTable("notifications_preferences");
            e.Property(x => x.KindKey).HasMaxLength(100);
            e.Property(x => x.Frequency).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.AccountId, x.KindKey }).IsUnique();
        });
        modelBuilder.Entity<NewsSubscription>(e =>
        {
            e.ToTable("notifications_news_subscriptions");
            e.Property(x => x.Email).HasMaxLength(NotificationMessage.AddressMaxLength);
            e.Property(x => x.Category).HasMaxLength(NewsSubscription.CategoryMaxLength);
            e.Ignore(x => x.IsActive);
            e.HasIndex(x => new { x.Email, x.Category }).IsUnique();
            e.HasIndex(x => new { x.Category, x.ConfirmedUtc });
        });
    }
}

public sealed class SqliteNotificationsDbContext(DbContextOptions<SqliteNotificationsDbContext> options) : NotificationsDbContext(options);

public sealed class PostgresNotificationsDbContext(DbContextOptions<PostgresNotificationsDbContext> options) : NotificationsDbContext(options);

public sealed class SqliteNotificationsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteNotificationsDbContext>(Manifest.ModuleId);

public sealed class PostgresNotificationsDesignTimeFactory() : PostgresDesignTimeFactory<PostgresNotificationsDbContext>(Manifest.ModuleId);
