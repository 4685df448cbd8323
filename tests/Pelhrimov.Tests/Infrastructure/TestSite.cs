using Microsoft.Data.Sqlite;
using Npgsql;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>
/// What a site keeps between runs: a data folder in the temp directory and, for PostgreSQL, a database of its own.
/// Start one or more <see cref="PortalApp"/>s on it in turn; disposing it deletes the folder and drops the database.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private TestSite(string dataPath, DatabaseProvider provider, string? connectionString)
    {
        DataPath = dataPath;
        Provider = provider;
        ConnectionString = connectionString;
    }

    /// <summary>The absolute path given to the app as <c>App:DataPath</c>.</summary>
    public string DataPath { get; }

    public DatabaseProvider Provider { get; }

    /// <summary>The PostgreSQL connection string; null for SQLite, whose database lives in <see cref="DataPath"/>.</summary>
    public string? ConnectionString { get; }

    /// <summary>Name of the PostgreSQL database, null for SQLite.</summary>
    public string? DatabaseName => ConnectionString is null ? null : new NpgsqlConnectionStringBuilder(ConnectionString).Database;

    /// <summary>A new, empty site; the database provider defaults to <c>PORTAL_TEST_DB</c>.</summary>
    public static async Task<TestSite> CreateAsync(DatabaseProvider? provider = null)
    {
        var chosen = provider ?? TestEnvironment.Database;
        // The folder itself is not created: the app must cope with a data folder that does not exist yet.
        var dataPath = Path.Combine(Path.GetTempPath(), "portal-test-" + Guid.NewGuid().ToString("N"));
        string? connectionString = null;
        if (chosen == DatabaseProvider.Postgres)
        {
            if (await PostgresServer.ProbeAsync() is { } problem)
            {
                throw new InvalidOperationException(
                    $"{TestEnvironment.DatabaseVariable}=Postgres but no PostgreSQL server answers at {PostgresServer.Describe()}: {problem}");
            }
            connectionString = await PostgresServer.CreateDatabaseAsync();
        }
        return new TestSite(dataPath, chosen, connectionString);
    }

    /// <summary>A new site holding a copy of <paramref name="template"/>'s data folder and database; the template must be
    /// stopped (no app on it, no open connection: SQLite's pools cleared, PostgreSQL's sessions closed).</summary>
    public static async Task<TestSite> CopyOfAsync(TestSite template)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "portal-test-" + Guid.NewGuid().ToString("N"));
        var connectionString = template.DatabaseName is { } name
            ? await PostgresServer.CreateDatabaseAsync(template: name)
            : null;
        CopyFolder(template.DataPath, dataPath);
        return new TestSite(dataPath, template.Provider, connectionString);
    }

    /// <summary>The configuration that points an app at this site.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        yield return new("App:DataPath", DataPath);
        yield return new("Database:Provider", Provider.ToString());
        yield return new("ConnectionStrings:Default", ConnectionString ?? "");
    }

    /// <summary>Loses the database and keeps the data folder: the SQLite file is deleted, a PostgreSQL database dropped
    /// and created again empty (as after a wrong restore or a mistyped connection string).</summary>
    public async Task LoseDatabaseAsync()
    {
        if (ConnectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
            await PostgresServer.CreateDatabaseAsync(DatabaseName);
            return;
        }
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(DataPath, "portal.db*"))
        {
            File.Delete(file);
        }
    }

    /// <summary>Deletes the whole data folder, as an operator emptying it would (after <see cref="LoseDatabaseAsync"/>).</summary>
    public Task DeleteDataFolderAsync() => DeleteFolderAsync(DataPath);

    public async ValueTask DisposeAsync()
    {
        if (ConnectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
        SqliteConnection.ClearAllPools();
        await DeleteFolderAsync(DataPath);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    /// <summary>
    /// Deletes the data folder. The last pooled SQLite connection to close checkpoints the WAL and removes the -wal and
    /// -shm files itself, which can race the recursive delete ("Directory not empty"); a few more tries settle it.
    /// </summary>
    private static async Task DeleteFolderAsync(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                await Task.Delay(100);
            }
        }
    }
}
