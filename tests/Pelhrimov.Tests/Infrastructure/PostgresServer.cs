using Npgsql;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>Creates and drops the throw-away databases of PostgreSQL test runs.</summary>
public static class PostgresServer
{
    /// <summary>Host and port of the server, for messages (never the password).</summary>
    public static string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer);
        return $"{builder.Host}:{builder.Port}";
    }

    /// <summary>Null when the server answers; otherwise why not.</summary>
    public static async Task<string?> ProbeAsync()
    {
        try
        {
            // As long as creating a database may take: a refused connection fails at once anyway, and a server that is
            // merely slow under load (several test runs on two cores) must not turn into "no server".
            await using var connection = await OpenAdminConnectionAsync();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return e.Message;
        }
    }

    /// <summary>Creates a database with a unique name, empty or a copy of <paramref name="template"/> (a database nobody is
    /// connected to), and returns the connection string the app should use.</summary>
    public static async Task<string> CreateDatabaseAsync(string? name = null, string? template = null)
    {
        name ??= "portal_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = await OpenAdminConnectionAsync())
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE \"{template ?? "template0"}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer) { Database = name }.ConnectionString;
    }

    /// <summary>Ends every session on the database, then drops it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = await CloseSessionsAsync(connectionString);
        await using var connection = await OpenAdminConnectionAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Empties this process's pools for <paramref name="connectionString"/> as given and as a portal uses it: the
    /// portal adds Max Auto Prepare (ADR 0064), which makes a pool of its own.</summary>
    public static void ClearPools(string connectionString)
    {
        foreach (var pool in new[] { connectionString, new PortalDatabase(DatabaseProvider.Postgres, connectionString).ConnectionString })
        {
            using var pooled = new NpgsqlConnection(pool);
            NpgsqlConnection.ClearPool(pooled);
        }
    }

    /// <summary>Empties this process's pools for <paramref name="connectionString"/> (<see cref="ClearPools"/>) and ends
    /// every session on its database (a template must have none); returns the database's name.</summary>
    public static async Task<string> CloseSessionsAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new ArgumentException("The connection string names no database.", nameof(connectionString));
        ClearPools(connectionString);
        await using var connection = await OpenAdminConnectionAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", connection);
        terminate.Parameters.AddWithValue("name", name);
        await terminate.ExecuteNonQueryAsync();
        return name;
    }

    public static async Task<bool> DatabaseExistsAsync(string name)
    {
        await using var connection = await OpenAdminConnectionAsync();
        await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        query.Parameters.AddWithValue("name", name);
        return (long)(await query.ExecuteScalarAsync())! > 0;
    }

    private static async Task<NpgsqlConnection> OpenAdminConnectionAsync(int timeoutSeconds = 15)
    {
        var builder = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer)
        {
            Database = "postgres",
            Timeout = timeoutSeconds,
            Pooling = false,
        };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
