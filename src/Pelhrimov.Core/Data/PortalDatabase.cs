using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database the site uses and how every module's context connects to it.</summary>
public sealed class PortalDatabase(DatabaseProvider provider, string connectionString)
{
    public DatabaseProvider Provider { get; } = provider;

    /// <summary>
    /// What every connection uses. For a SQLite file it never creates the file (Mode=ReadWrite): a connection opened
    /// after the file was lost — by any module, by Quartz, by a health check — fails instead of making an empty database
    /// appear in its place and acknowledging writes into it. Only <see cref="CreateConnection(bool)"/> with
    /// <c>create</c> (the site's initializer, on a new data folder) may create it. For PostgreSQL it prepares the
    /// statements a connection runs often (<see cref="AutoPrepared"/>) unless the configured string says otherwise.
    /// </summary>
    public string ConnectionString { get; } = provider == DatabaseProvider.Sqlite ? NeverCreating(connectionString) : AutoPrepared(connectionString);

    /// <summary>How many statements each PostgreSQL connection keeps prepared (ADR 0064): more than the statements of a
    /// module's hot paths together, few enough for the server's memory per connection.</summary>
    public const int MaxAutoPrepare = 128;

    private string CreatingConnectionString { get; } = connectionString;

    /// <summary>Notices a SQLite file deleted under the running site; null for PostgreSQL.</summary>
    public DatabaseFileGuard? FileGuard { get; } = DatabaseFileGuard.For(provider, connectionString);

    /// <summary>What every context intercepts: the after-commit signal, and on SQLite the file guard, the busy wait
    /// (SQLite waits for its writer itself instead of Microsoft.Data.Sqlite's 150 ms sleeps) and the write gate (the
    /// process hands the write lock on from writer to writer: ADR 0058).</summary>
    private IInterceptor[] Interceptors => _interceptors ??=
    [
        AfterCommit.Interceptor,
        .. new IInterceptor?[] { FileGuard, SqliteBusyWait.For(Provider, ConnectionString) }.OfType<IInterceptor>(),
        .. SqliteWriteGate.InterceptorsFor(Provider, ConnectionString),
    ];

    private IInterceptor[]? _interceptors;

    public static PortalDatabase FromConfiguration(IConfiguration configuration, DataFolder dataFolder)
    {
        var name = configuration["Database:Provider"] ?? "Sqlite";
        var provider = name.ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException($"Database:Provider '{name}' is not supported; use Sqlite or Postgres."),
        };
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is empty.");
            }
            connectionString = $"Data Source={dataFolder.Combine("portal.db")};Default Timeout=30";
        }
        return new PortalDatabase(provider, connectionString);
    }

    /// <summary>A new, unopened connection to the database.</summary>
    /// <param name="create">Let opening it create a missing SQLite file (only a new site's set-up does).</param>
    public DbConnection CreateConnection(bool create = false) => Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(create ? CreatingConnectionString : ConnectionString),
        _ => new NpgsqlConnection(ConnectionString),
    };

    private static string NeverCreating(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.ReadWriteCreate || builder.DataSource is "" or ":memory:")
        {
            return connectionString;
        }
        builder.Mode = SqliteOpenMode.ReadWrite;
        return builder.ConnectionString;
    }

    // Npgsql prepares nothing by default: the server parses and plans every statement again, and the portal's statements
    // are the same few hundred all day. With automatic preparation a statement run a few times on a connection is
    // prepared there, and later runs send only its parameters. A string that sets Max Auto Prepare (0 for a pooler that
    // cannot keep prepared statements) is left as it is.
    private static string AutoPrepared(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = MaxAutoPrepare }.ConnectionString;
    }

    /// <summary>The migrations history table of a module: each module migrates on its own.</summary>
    public static string HistoryTable(string moduleId) => $"__migrations_{moduleId.ToLowerInvariant().Replace('.', '_')}";

    /// <summary>Points a module's context at the database, with the module's own migrations history table.</summary>
    /// <param name="connection">The connection shared by all contexts of a request, so that they can share a transaction.</param>
    public void Configure(DbContextOptionsBuilder options, string moduleId, DbConnection? connection = null)
    {
        var historyTable = HistoryTable(moduleId);
        switch (Provider)
        {
            case DatabaseProvider.Sqlite when connection is null:
                options.UseSqlite(ConnectionString, o => o.MigrationsHistoryTable(historyTable));
                break;
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connection, o => o.MigrationsHistoryTable(historyTable));
                break;
            case DatabaseProvider.Postgres when connection is null:
                options.UseNpgsql(ConnectionString, o => o.MigrationsHistoryTable(historyTable));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connection, o => o.MigrationsHistoryTable(historyTable));
                break;
        }
        // One call: every AddInterceptors (like every option) copies the options, and they are built for every context of every scope.
        options.AddInterceptors(Interceptors);
        // Migrate would otherwise build the design-time model and the migrations' snapshot to compare them, about a
        // third of a new site's set-up. A model change without its migration is caught by MigrationsTests instead.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
