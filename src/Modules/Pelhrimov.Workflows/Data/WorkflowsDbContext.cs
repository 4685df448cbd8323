using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Workflows.Domain;

namespace Pelhrimov.Workflows.Data;

/// <summary>Workflows, their immutable versions, instances, execution logs and the events steps caused.</summary>
public class WorkflowsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Workflow> Workflows => Set<Workflow>();

    public DbSet<WorkflowVersion> Versions => Set<WorkflowVersion>();

    public DbSet<WorkflowInstance> Instances => Set<WorkflowInstance>();

    public DbSet<StepLog> Steps => Set<StepLog>();

    public DbSet<CausedEvent> CausedEvents => Set<CausedEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Workflow>(e =>
        {
            e.ToTable("workflows_workflows");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(Workflow.NameMaxLength);
            e.Property(x => x.TriggerKey).HasMaxLength(100);
            e.HasIndex(x => new { x.TriggerKey, x.Enabled });
        });
        modelBuilder.Entity<WorkflowVersion>(e =>
        {
            e.ToTable("workflows_versions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(Workflow.NameMaxLength);
            e.Property(x => x.TriggerKey).HasMaxLength(100);
            e.Property(x => x.Cron).HasMaxLength(100);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.WorkflowId, x.Number }).IsUnique();
        });
        modelBuilder.Entity<WorkflowInstance>(e =>
        {
            e.ToTable("workflows_instances");
            e.HasKey(x => x.Id);
            e.Property(x => x.SourceKey).HasMaxLength(WorkflowInstance.SourceKeyMaxLength);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Chain).HasMaxLength(1000);
            e.Property(x => x.LastError).HasMaxLength(2000);
            e.Ignore(x => x.IsFinished);
            e.Ignore(x => x.Depth);
            // Exactly one instance per workflow and occurrence of its trigger, however often and on however many nodes it is seen.
            e.HasIndex(x => new { x.WorkflowId, x.SourceKey }).IsUnique();
            e.HasIndex(x => new { x.Status, x.NextRunUtc });
            e.HasIndex(x => x.FinishedUtc);
            e.HasIndex(x => x.CreatedUtc);
        });
        modelBuilder.Entity<StepLog>(e =>
        {
            e.ToTable("workflows_step_log");
            e.HasKey(x => x.Id);
            e.Property(x => x.Action).HasMaxLength(100);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Input).HasMaxLength(4000);
            e.Property(x => x.Result).HasMaxLength(4000);
            e.Property(x => x.Error).HasMaxLength(4000);
            e.HasIndex(x => new { x.InstanceId, x.Id });
        });
        modelBuilder.Entity<CausedEvent>(e =>
        {
            e.ToTable("workflows_caused_events");
            e.HasKey(x => x.EventId);
            e.Property(x => x.EventId).ValueGeneratedNever();
            e.Property(x => x.Chain).HasMaxLength(1000);
            e.HasIndex(x => x.InstanceId);
        });
    }
}

public sealed class SqliteWorkflowsDbContext(DbContextOptions<SqliteWorkflowsDbContext> options) : WorkflowsDbContext(options);

public sealed class PostgresWorkflowsDbContext(DbContextOptions<PostgresWorkflowsDbContext> options) : WorkflowsDbContext(options);

public sealed class SqliteWorkflowsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteWorkflowsDbContext>(Manifest.ModuleId);

public sealed class PostgresWorkflowsDesignTimeFactory() : PostgresDesignTimeFactory<PostgresWorkflowsDbContext>(Manifest.ModuleId);
