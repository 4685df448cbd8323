using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Receivables.Data;

/// <summary>The receivables module's tables: receivables, their payments and their history (<c>receivables_</c>).</summary>
public class ReceivablesDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Receivable> Receivables => Set<Receivable>();

    public DbSet<ReceivablePayment> Payments => Set<ReceivablePayment>();

    public DbSet<ReceivableHistoryEntry> History => Set<ReceivableHistoryEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.MapBackOfficeAnswers("receivables_connector_answers");
        modelBuilder.Entity<Receivable>(e =>
        {
            e.ToTable("receivables_receivables");
            e.HasIndex(x => x.ExternalId).IsUnique();
            e.HasIndex(x => new { x.PersonId, x.DueDate });
            e.HasIndex(x => x.VariableSymbol);
            e.Property(x => x.ExternalId).HasMaxLength(64);
            e.Property(x => x.PersonId).HasMaxLength(64);
            e.Property(x => x.Kind).HasMaxLength(100);
            e.Property(x => x.Period).HasMaxLength(50);
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.Property(x => x.PaidAmount).HasPrecision(12, 2);
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.VariableSymbol).HasMaxLength(10);
            e.Property(x => x.SpecificSymbol).HasMaxLength(10);
            e.Property(x => x.ConstantSymbol).HasMaxLength(10);
            e.Property(x => x.AccountPrefix).HasMaxLength(6);
            e.Property(x => x.AccountNumber).HasMaxLength(10);
            e.Property(x => x.BankCode).HasMaxLength(4);
            e.Property(x => x.PaymentCode).HasMaxLength(PaymentCode.Length);
            e.Ignore(x => x.Account);
            e.HasMany(x => x.Payments).WithOne().HasForeignKey(p => p.ReceivableId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.History).WithOne().HasForeignKey(h => h.ReceivableId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ReceivablePayment>(e =>
        {
            e.ToTable("receivables_payments");
            e.HasIndex(x => new { x.ReceivableId, x.ExternalId }).IsUnique();
            e.Property(x => x.ExternalId).HasMaxLength(64);
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<ReceivableHistoryEntry>(e =>
        {
            e.ToTable("receivables_history");
            e.HasIndex(x => x.ReceivableId);
            e.Property(x => x.What).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(500);
        });
    }
}

public sealed class SqliteReceivablesDbContext(DbContextOptions<SqliteReceivablesDbContext> options) : ReceivablesDbContext(options);

public sealed class PostgresReceivablesDbContext(DbContextOptions<PostgresReceivablesDbContext> options) : ReceivablesDbContext(options);

public sealed class SqliteReceivablesDesignTimeFactory() : SqliteDesignTimeFactory<SqliteReceivablesDbContext>(Manifest.ModuleId);

public sealed class PostgresReceivablesDesignTimeFactory() : PostgresDesignTimeFactory<PostgresReceivablesDbContext>(Manifest.ModuleId);
