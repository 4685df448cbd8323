using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Search.Domain;

namespace Pelhrimov.Search.Data;

/// <summary>The search module's tables: the query log, searches that found nothing and the thesaurus. The index itself lives in the data folder.</summary>
public class SearchDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<UnansweredSearch> UnansweredSearches => Set<UnansweredSearch>();

    public DbSet<LoggedSearch> LoggedSearches => Set<LoggedSearch>();

    public DbSet<ThesaurusEntry> Thesaurus => Set<ThesaurusEntry>();

    public DbSet<ThesaurusState> ThesaurusState => Set<ThesaurusState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SearchDbContext).Assembly);
}

public sealed class SqliteSearchDbContext(DbContextOptions<SqliteSearchDbContext> options) : SearchDbContext(options);

public sealed class PostgresSearchDbContext(DbContextOptions<PostgresSearchDbContext> options) : SearchDbContext(options);

public sealed class SqliteSearchDesignTimeFactory() : SqliteDesignTimeFactory<SqliteSearchDbContext>(Manifest.ModuleId);

public sealed class PostgresSearchDesignTimeFactory() : PostgresDesignTimeFactory<PostgresSearchDbContext>(Manifest.ModuleId);
