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
    /// <remarks>When one of the contexts is already in a transaction (a caller's), the others join it for the work and
    /// leave it afterwards; the caller commits.</remarks>
    public static async Task<T> RunAsync<T>(DbContext primary, IReadOnlyList<DbContext> others, Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        DbContext[] all = [primary, .. others];
        if (all.Select(c => c.Database.CurrentTransaction).FirstOrDefault(t => t is not null) is { } outer)
        {
            return await WithinAsync(outer.GetDbTransaction(), all.Where(c => c.Database.CurrentTransaction is null).ToList(), work, cancellationToken);
        }
        await using var transaction = await primary.Database.BeginTransactionAsync(cancellationToken);
        var result = await WithinAsync(transaction.GetDbTransaction(), others, work, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    // Runs the work with the contexts enlisted in the transaction, and takes them out of it again whatever happens.
    private static async Task<T> WithinAsync<T>(DbTransaction transaction, IReadOnlyList<DbContext> enlist, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        foreach (var context in enlist)
        {
            await context.Database.UseTransactionAsync(transaction, cancellationToken);
        }
        try
        {
            return await work();
        }
        finally
        {
            foreach (var context in enlist)
            {
                await context.Database.UseTransactionAsync(null, cancellationToken);
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
