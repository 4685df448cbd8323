using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Forms.Domain;

namespace Pelhrimov.Forms.Data;

/// <summary>The forms module's tables: forms and their versions, fills in progress, submissions and their attachments.</summary>
public class FormsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Form> Forms => Set<Form>();

    public DbSet<FormVersion> Versions => Set<FormVersion>();

    public DbSet<FormDraft> Drafts => Set<FormDraft>();

    public DbSet<FormSubmission> Submissions => Set<FormSubmission>();

    public DbSet<FormAttachment> Attachments => Set<FormAttachment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Form>(e =>
        {
            e.ToTable("forms_forms");
            e.HasIndex(x => x.Slug).IsUnique();
            e.Property(x => x.Slug).HasMaxLength(200);
            e.Property(x => x.Title).HasMaxLength(500);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Stamp).IsConcurrencyToken();
        });
        modelBuilder.Entity<FormVersion>(e =>
        {
            e.ToTable("forms_versions");
            e.HasIndex(x => new { x.FormId, x.Number }).IsUnique();
            e.HasOne<Form>().WithMany().HasForeignKey(x => x.FormId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.PublishedBy).HasMaxLength(256);
            e.Ignore(x => x.IsPublished);
        });
        modelBuilder.Entity<FormDraft>(e =>
        {
            e.ToTable("forms_drafts");
            e.HasIndex(x => new { x.AccountId, x.FormId }).IsUnique().HasFilter("\"AccountId\" IS NOT NULL");
            e.HasIndex(x => new { x.TokenHash, x.FormId }).IsUnique().HasFilter("\"TokenHash\" IS NOT NULL");
            e.HasIndex(x => x.ExpiresUtc);
            e.HasOne<Form>().WithMany().HasForeignKey(x => x.FormId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<FormVersion>().WithMany().HasForeignKey(x => x.FormVersionId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.Property(x => x.CurrentStepId).HasMaxLength(100);
        });
        modelBuilder.Entity<FormSubmission>(e =>
        {
            e.ToTable("forms_submissions");
            e.HasIndex(x => x.Reference).IsUnique();
            e.HasIndex(x => new { x.FormId, x.SubmittedUtc });
            e.HasIndex(x => x.AccountId);
            e.HasOne<Form>().WithMany().HasForeignKey(x => x.FormId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<FormVersion>().WithMany().HasForeignKey(x => x.FormVersionId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Reference).HasMaxLength(20);
            e.Property(x => x.SubmitterName).HasMaxLength(300);
            e.Property(x => x.ContactEmail).HasMaxLength(320);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.ReceiptState).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ReceiptSha256).HasMaxLength(64);
            e.Property(x => x.OwnerTokenHash).HasMaxLength(64);
            e.Property(x => x.FilingExternalId).HasMaxLength(100);
        });
        modelBuilder.Entity<FormAttachment>(e =>
        {
            e.ToTable("forms_attachments");
            e.HasIndex(x => x.DraftId);
            e.HasIndex(x => x.SubmissionId);
            e.HasOne<FormDraft>().WithMany().HasForeignKey(x => x.DraftId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<FormSubmission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.InputName).HasMaxLength(200);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
        });
    }
}

public sealed class SqliteFormsDbContext(DbContextOptions<SqliteFormsDbContext> options) : FormsDbContext(options);

public sealed class PostgresFormsDbContext(DbContextOptions<PostgresFormsDbContext> options) : FormsDbContext(options);

public sealed class SqliteFormsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteFormsDbContext>(Manifest.ModuleId);

public sealed class PostgresFormsDesignTimeFactory() : PostgresDesignTimeFactory<PostgresFormsDbContext>(Manifest.ModuleId);
