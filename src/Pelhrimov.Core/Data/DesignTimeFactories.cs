using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Pelhrimov.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build a module's SQLite context without the host.</summary>
public abstract class SqliteDesignTimeFactory<TContext>(string moduleId) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        new PortalDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db").Configure(options, moduleId);
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build a module's PostgreSQL context without a server.</summary>
public abstract class PostgresDesignTimeFactory<TContext>(string moduleId) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        new PortalDatabase(DatabaseProvider.Postgres, "Host=localhost;Database=design_time").Configure(options, moduleId);
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}
