using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Receivables.Statements.Domain;

namespace Pelhrimov.Receivables.Statements.Data;

/// <summary>The statement import's tables (<c>statements_</c>): imports, their lines and problems, booked line keys.</summary>
public class StatementsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<StatementImport> Imports => Set<StatementImport>();

    public DbSet<StatementImportLine> Lines => Set<StatementImportLine>();

    public DbSet<StatementImportProblem> Problems => Set<StatementImportProblem>();

    public DbSet<BookedStatementLine> BookedLines => Set<BookedStatementLine>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StatementImport>(e =>
        {
            e.ToTable("statements_imports");
            e.HasIndex(x => x.CreatedUtc);
            e.HasIndex(x => x.Status);
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.Format).HasMaxLength(20);
            e.Property(x => x.Account).HasMaxLength(200);
            e.Property(x => x.StatementNumbers).HasMaxLength(200);
            e.Property(x => x.StatementKeys).HasMaxLength(2000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.ConfirmedBy).HasMaxLength(256);
            e.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.ImportId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Problems).WithOne().HasForeignKey(p => p.ImportId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<StatementImportLine>(e =>
        {
            e.ToTable("statements_lines");
            e.HasIndex(x => new { x.ImportId, x.Position });
            e.HasIndex(x => x.LineKey);
            e.Property(x => x.LineKey).HasMaxLength(200);
            e.Property(x => x.Amount).HasPrecision(14, 2);
            e.Property(x => x.Difference).HasPrecision(14, 2);
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.VariableSymbol).HasMaxLength(10);
            e.Property(x => x.SpecificSymbol).HasMaxLength(10);
            e.Property(x => x.ConstantSymbol).HasMaxLength(10);
            e.Property(x => x.CounterAccount).HasMaxLength(50);
            e.Property(x => x.CounterpartyName).HasMaxLength(200);
            e.Property(x => x.Message).HasMaxLength(500);
            e.Property(x => x.MatchKind).HasMaxLength(20);
            e.Property(x => x.ReceivableId).HasMaxLength(64);
            e.Property(x => x.Candidates).HasMaxLength(500);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.BookedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<StatementImportProblem>(e =>
        {
            e.ToTable("statements_problems");
            e.HasIndex(x => x.ImportId);
            e.Property(x => x.Message).HasMaxLength(1000);
        });
        modelBuilder.Entity<BookedStatementLine>(e =>
        {
            e.ToTable("statements_booked_lines");
            e.HasIndex(x => x.LineKey).IsUnique();
            e.Property(x => x.LineKey).HasMaxLength(200);
            e.Property(x => x.ReceivableId).HasMaxLength(64);
            e.Property(x => x.PaymentId).HasMaxLength(64);
        });
    }
}

public sealed class SqliteStatementsDbContext(DbContextOptions<SqliteStatementsDbContext> options) : StatementsDbContext(options);

public sealed class PostgresStatementsDbContext(DbContextOptions<PostgresStatementsDbContext> options) : StatementsDbContext(options);

public sealed class SqliteStatementsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteStatementsDbContext>(Manifest.ModuleId);

public sealed class PostgresStatementsDesignTimeFactory() : PostgresDesignTimeFactory<PostgresStatementsDbContext>(Manifest.ModuleId);
