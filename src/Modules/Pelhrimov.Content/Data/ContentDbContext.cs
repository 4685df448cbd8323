using Microsoft.EntityFrameworkCore;
using Pelhrimov.Content.Domain;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Content.Data;

/// <summary>The content module's tables: items, their versions, media and menus.</summary>
public class ContentDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<ContentItem> Items => Set<ContentItem>();

    public DbSet<ContentVersion> Versions => Set<ContentVersion>();

    public DbSet<MediaFile> Media => Set<MediaFile>();

    public DbSet<Menu> Menus => Set<Menu>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContentDbContext).Assembly);
}

public sealed class SqliteContentDbContext(DbContextOptions<SqliteContentDbContext> options) : ContentDbContext(options);

public sealed class PostgresContentDbContext(DbContextOptions<PostgresContentDbContext> options) : ContentDbContext(options);

public sealed class SqliteContentDesignTimeFactory() : SqliteDesignTimeFactory<SqliteContentDbContext>(Manifest.ModuleId);

public sealed class PostgresContentDesignTimeFactory() : PostgresDesignTimeFactory<PostgresContentDbContext>(Manifest.ModuleId);
