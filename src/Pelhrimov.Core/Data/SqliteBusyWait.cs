using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pelhrimov.Core.Data;

/// <summary>
/// Lets SQLite itself wait for its single writer (<c>sqlite3_busy_timeout</c>) on every connection EF Core opens.
/// Without it Microsoft.Data.Sqlite answers a busy database by blocking the thread for 150 ms and trying again: under
/// concurrent writes (form submissions, event deliveries, receipts) most transactions waited a whole 150 ms for a lock
/// held for 2–3 ms, and the blocked threads starved the thread pool (docs/benchmarks.md, smart forms; ADR 0043).
/// SQLite's own handler retries after 1, 2, 5, 10 … ms. Same limit as before: the connection's <c>Default Timeout</c>.
/// </summary>
public sealed class SqliteBusyWait : DbConnectionInterceptor
{
    private readonly int _milliseconds;

    private SqliteBusyWait(int milliseconds) => _milliseconds = milliseconds;

    /// <summary>The interceptor for a SQLite database; null for PostgreSQL.</summary>
    public static SqliteBusyWait? For(DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.Sqlite
            ? new SqliteBusyWait(Math.Max(1, new SqliteConnectionStringBuilder(connectionString).DefaultTimeout) * 1000)
            : null;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // A field of the native handle (kept with it in the pool): no statement is run.
    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, _milliseconds);
        }
    }
}
