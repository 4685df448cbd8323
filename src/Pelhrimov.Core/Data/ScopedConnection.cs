using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Pelhrimov.Core.Data;

/// <summary>One database connection per request scope, shared by every module's context.</summary>
/// <remarks>Sharing the connection lets a module store its change, the audit entry and the indexing-log or outbox
/// entry in one transaction (see <see cref="SharedTransaction"/>).</remarks>
public sealed class ScopedConnection(PortalDatabase database) : IAsyncDisposable, IDisposable
{
    private DbConnection? _connection;

    public DbConnection Connection => _connection ??= database.CreateConnection();

    public ValueTask DisposeAsync() => _connection?.DisposeAsync() ?? ValueTask.CompletedTask;

    public void Dispose() => _connection?.Dispose();
}

/// <summary>Runs work of several contexts in one transaction on their shared connection.</summary>
public static class SharedTransaction
{
    public static async Task<T> RunAsync<T>(DbContext primary, IReadOnlyList<DbContext> others, Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        if (primary.Database.CurrentTransaction is not null)
        {
            return await work();
        }
        await using var transaction = await primary.Database.BeginTransactionAsync(cancellationToken);
        foreach (var other in others)
        {
            await other.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
        }
        try
        {
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            foreach (var other in others)
            {
                await other.Database.UseTransactionAsync(null, cancellationToken);
            }
        }
    }

    /// <summary>The same, for work that returns nothing.</summary>
    public static Task RunAsync(DbContext primary, IReadOnlyList<DbContext> others, Func<Task> work, CancellationToken cancellationToken = default) =>
        RunAsync(primary, others, async () =>
        {
            await work();
            return true;
        }, cancellationToken);
}
