using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Receivables.CardPayments.Domain;

namespace Pelhrimov.Receivables.CardPayments.Data;

/// <summary>The card payment attempts and the receivables each pays (<c>cardpayments_</c>).</summary>
public class CardPaymentsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<CardPaymentAttempt> Attempts => Set<CardPaymentAttempt>();

    public DbSet<CardPaymentItem> Items => Set<CardPaymentItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CardPaymentAttempt>(e =>
        {
            e.ToTable("cardpayments_attempts");
            e.HasIndex(x => x.Reference).IsUnique();
            e.HasIndex(x => x.TransactionId).IsUnique();
            e.HasIndex(x => new { x.Status, x.CreatedUtc });
            e.HasIndex(x => x.AccountId);
            e.Property(x => x.Reference).HasMaxLength(32);
            e.Property(x => x.Gateway).HasMaxLength(32);
            e.Property(x => x.TransactionId).HasMaxLength(64);
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.HasMany(x => x.Items).WithOne().HasForeignKey(i => i.AttemptId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CardPaymentItem>(e =>
        {
            e.ToTable("cardpayments_items");
            e.Property(x => x.ReceivableId).HasMaxLength(64);
            e.Property(x => x.Label).HasMaxLength(160);
            e.Property(x => x.Amount).HasPrecision(12, 2);
        });
    }
}

public sealed class SqliteCardPaymentsDbContext(DbContextOptions<SqliteCardPaymentsDbContext> options) : CardPaymentsDbContext(options);

public sealed class PostgresCardPaymentsDbContext(DbContextOptions<PostgresCardPaymentsDbContext> options) : CardPaymentsDbContext(options);

public sealed class SqliteCardPaymentsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteCardPaymentsDbContext>(Manifest.ModuleId);

public sealed class PostgresCardPaymentsDesignTimeFactory() : PostgresDesignTimeFactory<PostgresCardPaymentsDbContext>(Manifest.ModuleId);
