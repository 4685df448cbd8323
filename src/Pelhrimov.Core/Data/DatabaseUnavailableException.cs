using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Pelhrimov.Core.Data;

/// <summary>The database cannot store anything now: its file is gone, read-only or full, or the server refuses writes.</summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    // SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB (sqlite.org/rescode.html)
    private static readonly HashSet<int> SqliteCodes = [8, 10, 11, 13, 14, 26];

    // read_only_sql_transaction, disk_full, insufficient_resources, admin/crash shutdown, cannot_connect_now
    // (postgresql.org/docs/current/errcodes-appendix.html); class 08 is "connection exception".
    private static readonly HashSet<string> PostgresStates = ["25006", "53100", "53000", "57P01", "57P02", "57P03"];

    /// <summary>
    /// Whether <paramref name="exception"/> (or one it wraps, as EF Core's DbUpdateException does) says that the database
    /// cannot be used now, as opposed to a fault of the request or of the code.
    /// </summary>
    public static bool Describes(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var unavailable = e switch
            {
                DatabaseUnavailableException => true,
                SqliteException sqlite => SqliteCodes.Contains(sqlite.SqliteErrorCode),
                PostgresException postgres => PostgresStates.Contains(postgres.SqlState) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
                // Not a PostgresException: the server could not be reached at all (refused, timed out, gone).
                NpgsqlException npgsql => npgsql.IsTransient,
                _ => false,
            };
            if (unavailable)
            {
                return true;
            }
            if (e is DbException and not SqliteException and not NpgsqlException)
            {
                return false;
            }
        }
        return false;
    }
}
