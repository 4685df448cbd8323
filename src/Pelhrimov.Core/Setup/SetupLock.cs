using System.Data.Common;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Core.Setup;

/// <summary>
/// Serialises the start of nodes that share one PostgreSQL database: the first node to start migrates the database and
/// runs the setup recipe while holding a session-level advisory lock; a node starting at the same moment waits for the
/// lock and then finds the database current and the site set up, so a new cluster is set up once, not once per node.
/// SQLite has one node by definition and takes no lock.
/// </summary>
public sealed class SetupLock : IAsyncDisposable
{
    /// <summary>The advisory lock's key: any constant no other code uses ("PORTAL01" in ASCII).</summary>
    private const long Key = 0x504F_5254_414C_3031;

    private readonly DbConnection? _connection;

    private SetupLock(DbConnection? connection) => _connection = connection;

    public static async Task<SetupLock> AcquireAsync(PortalDatabase database, ILogger logger, CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return new SetupLock(null);
        }
        var connection = database.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!await RunAsync(connection, "SELECT pg_try_advisory_lock(@key)", cancellationToken))
            {
                logger.LogInformation("Another node is migrating or setting up the database; waiting for it");
                await RunAsync(connection, "SELECT pg_advisory_lock(@key) IS NULL", cancellationToken);
            }
            return new SetupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Releases the lock explicitly: disposing a pooled connection returns it to the pool with its session, and so its
    /// lock, still open until the pool reuses or prunes it (minutes later), which kept the next start waiting.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }
        try
        {
            await RunAsync(_connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
        }
        catch (DbException)
        {
            // A broken connection has lost its session, and the lock with it.
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }

    private static async Task<bool> RunAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        var key = command.CreateParameter();
        key.ParameterName = "@key";
        key.Value = Key;
        command.Parameters.Add(key);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }
}
