using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// Readiness: the database takes a write. A query alone said Healthy while every write failed (a read-only file) and
/// after the file was deleted, so the check updates one row of the core migrations history to itself in a transaction
/// it rolls back: a real write lock, nothing changed, no table of its own (docs/adr/0016-database-readiness.md).
/// </summary>
public sealed class DatabaseWritableCheck(PortalDatabase database) : IHealthCheck
{
    public const string Name = "database";

    private readonly string _probe = ProbeSql(PortalDatabase.HistoryTable(CoreManifest.ModuleId));

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            database.FileGuard?.CheckBeforeOpen();
            database.FileGuard?.CheckWritable();
            await using var connection = ProbeConnection();
            await connection.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = _probe;
            var rows = await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            return rows == 1
                ? HealthCheckResult.Healthy("The database takes writes.")
                : HealthCheckResult.Unhealthy("The database has no core migrations history: the site is not set up yet.");
        }
        catch (Exception e) when (e is DbException or DatabaseUnavailableException or IOException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The database does not take writes.", e);
        }
    }

    /// <summary>
    /// For SQLite a connection of its own, outside the pool, that never creates the file: a pooled connection opened before
    /// the file became read-only would still write, and the probe must not make a new empty database appear.
    /// </summary>
    private DbConnection ProbeConnection()
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return database.CreateConnection();
        }
        var builder = new SqliteConnectionStringBuilder(database.ConnectionString)
        {
            Pooling = false,
            Mode = SqliteOpenMode.ReadWrite,
            DefaultTimeout = 5,
        };
        return new SqliteConnection(builder.ConnectionString);
    }

    private static string ProbeSql(string table) =>
        $"""UPDATE "{table}" SET "ProductVersion" = "ProductVersion" WHERE "MigrationId" = (SELECT MIN("MigrationId") FROM "{table}")""";
}
