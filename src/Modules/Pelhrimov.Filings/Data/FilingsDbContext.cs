using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.Filings.Domain;

namespace Pelhrimov.Filings.Data;

/// <summary>The filings module's tables: filings, their status history and their documents (bytes in the data folder).</summary>
public class FilingsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Filing> Filings => Set<Filing>();

    public DbSet<FilingStatusChange> StatusChanges => Set<FilingStatusChange>();

    public DbSet<FilingDocument> Documents => Set<FilingDocument>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.MapBackOfficeAnswers("filings_connector_answers");
        modelBuilder.Entity<Filing>(e =>
        {
            e.ToTable("filings_filings");
            e.HasIndex(x => x.ExternalId).IsUnique();
            e.HasIndex(x => x.Reference).IsUnique();
            e.HasIndex(x => new { x.PersonId, x.SubmittedUtc });
            e.HasIndex(x => new { x.Status, x.SubmittedUtc });
            e.Property(x => x.ExternalId).HasMaxLength(100);
            e.Property(x => x.Reference).HasMaxLength(20);
            e.Property(x => x.CaseNumber).HasMaxLength(100);
            e.Property(x => x.FileMark).HasMaxLength(100);
            e.Property(x => x.Subject).HasMaxLength(500);
            e.Property(x => x.SourceSlug).HasMaxLength(200);
            e.Property(x => x.Department).HasMaxLength(200);
            e.Property(x => x.Clerk).HasMaxLength(200);
            e.Property(x => x.PersonId).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(30);
            e.HasMany(x => x.History).WithOne().HasForeignKey(x => x.FilingId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.FilingId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FilingStatusChange>(e =>
        {
            e.ToTable("filings_status_changes");
            e.HasIndex(x => new { x.FilingId, x.ChangeKey }).IsUnique();
            e.Property(x => x.ChangeKey).HasMaxLength(100);
            e.Property(x => x.Actor).HasMaxLength(256);
            e.Property(x => x.OldStatus).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.PublicNote).HasMaxLength(4000);
            e.Property(x => x.InternalNote).HasMaxLength(4000);
        });
        modelBuilder.Entity<FilingDocument>(e =>
        {
            e.ToTable("filings_documents");
            e.HasIndex(x => new { x.FilingId, x.ExternalId }).IsUnique();
            e.Property(x => x.ExternalId).HasMaxLength(100);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.AddedBy).HasMaxLength(256);
            e.Property(x => x.Direction).HasConversion<string>().HasMaxLength(30);
        });
    }
}

public sealed class SqliteFilingsDbContext(DbContextOptions<SqliteFilingsDbContext> options) : FilingsDbContext(options);

public sealed class PostgresFilingsDbContext(DbContextOptions<PostgresFilingsDbContext> options) : FilingsDbContext(options);

public sealed class SqliteFilingsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteFilingsDbContext>(Manifest.ModuleId);

public sealed class PostgresFilingsDesignTimeFactory() : PostgresDesignTimeFactory<PostgresFilingsDbContext>(Manifest.ModuleId);
