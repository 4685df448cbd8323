using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Pelhrimov.Core.Data;

/// <summary>One database connection per request scope, shared by every module's context.</summary>
/// <remarks>Sharing the connection lets a module store its change, the audit entry and the indexing-log or outbox
/// entry in one transaction (see <see cref="SharedTransaction"/>).</remarks>
public sealed class ScopedConnection(PortalDatabase database) : IAsyncDisposable, IDisposable
{
    private DbConnection? _connection;
    private bool _prepared;

    public DbConnection Connection => _connection ??= database.CreateConnection();

    /// <summary>
    /// The connection for <paramref name="context"/>, a context leased from its pool (ADR 0060). On SQLite, EF Core's
    /// provider adds its functions (<c>ef_compare</c>, <c>ef_add</c>, … for decimals, <c>regexp</c>) and the
    /// <c>EF_DECIMAL</c> collation only to a connection it creates or finds in the options, not to one handed over with
    /// <c>SetDbConnection</c>; the first leased context of the scope adds them to the scope's connection, with the provider's
    /// own code.
    /// </summary>
    public DbConnection For(DbContext context)
    {
        var connection = Connection;
        if (!_prepared && connection is SqliteConnection)
        {
            SqliteProviderFunctions.AddTo(context, connection);
        }
        _prepared = true;
        return connection;
    }

    public ValueTask DisposeAsync() => _connection?.DisposeAsync() ?? ValueTask.CompletedTask;

    public void Dispose() => _connection?.Dispose();
}

/// <summary>Adds EF Core's SQLite functions and collation to a connection, through the provider's connection service.</summary>
internal static class SqliteProviderFunctions
{
    // The provider's private InitializeDbConnection, which its constructor and CreateDbConnection call. Not public API: a
    // provider version without it fails the first use of a context here, with this message, rather than a query later.
    private const string Method = "InitializeDbConnection";

    // Found once: every scope's first lease calls it.
    private static MethodInfo? _initialize;

    public static void AddTo(DbContext context, DbConnection connection)
    {
        var relational = context.GetService<IRelationalConnection>();
        var initialize = _initialize ??= relational.GetType().GetMethod(Method, BindingFlags.Instance | BindingFlags.NonPublic, [typeof(DbConnection)])
            ?? throw new InvalidOperationException(
                $"{relational.GetType().FullName} has no {Method}(DbConnection): the EF Core SQLite provider changed; see docs/adr/0060-pooled-contexts-and-the-compiled-model-given-once.md.");
        initialize.Invoke(relational, [connection]);
    }
}

/// <summary>Runs work of several contexts in one transaction on their shared connection.</summary>
public static class SharedTransaction
{
    /// <remarks>When one of the contexts is already in a transaction (a caller's), the others join it for the work and
    /// leave it afterwards; the caller commits. A context that joins takes the transaction's savepoint policy from the
    /// context already in it: where the owner switched EF Core's automatic savepoint per <c>SaveChanges</c> off
    /// (<see cref="WithoutAutoSavepointsAsync{T}"/>), the joiners' saves take none either, for the work's duration.</remarks>
    public static async Task<T> RunAsync<T>(DbContext primary, IReadOnlyList<DbContext> others, Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        DbContext[] all = [primary, .. others];
        if (all.FirstOrDefault(c => c.Database.CurrentTransaction is not null) is { } owner)
        {
            return await WithinAsync(owner.Database.CurrentTransaction!.GetDbTransaction(), owner.Database.AutoSavepointsEnabled,
                all.Where(c => c.Database.CurrentTransaction is null).ToList(), work, cancellationToken);
        }
        await using var transaction = await primary.Database.BeginTransactionAsync(cancellationToken);
        var result = await WithinAsync(transaction.GetDbTransaction(), primary.Database.AutoSavepointsEnabled, others, work, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Runs <paramref name="work"/> with <paramref name="owner"/>'s automatic savepoints off: for work that begins its
    /// transaction on <paramref name="owner"/> (through <see cref="RunAsync{T}"/>) and never goes on after a failed save
    /// in it — it fails whole, or rolls back to a savepoint it made itself. Every context that joins the transaction then
    /// saves without EF Core's two extra statements (a savepoint and its release) per <c>SaveChanges</c> either.
    /// </summary>
    public static async Task<T> WithoutAutoSavepointsAsync<T>(DbContext owner, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(work);
        var before = owner.Database.AutoSavepointsEnabled;
        owner.Database.AutoSavepointsEnabled = false;
        try
        {
            return await work();
        }
        finally
        {
            owner.Database.AutoSavepointsEnabled = before;
        }
    }

    // Runs the work with the contexts enlisted in the transaction under its savepoint policy, and takes them out of it
    // (and restores their policy) whatever happens.
    private static async Task<T> WithinAsync<T>(DbTransaction transaction, bool autoSavepoints, IReadOnlyList<DbContext> enlist, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var policies = new bool[enlist.Count];
        for (var i = 0; i < enlist.Count; i++)
        {
            await enlist[i].Database.UseTransactionAsync(transaction, cancellationToken);
            policies[i] = enlist[i].Database.AutoSavepointsEnabled;
            enlist[i].Database.AutoSavepointsEnabled = autoSavepoints && policies[i];
        }
        try
        {
            return await work();
        }
        finally
        {
            for (var i = 0; i < enlist.Count; i++)
            {
                enlist[i].Database.AutoSavepointsEnabled = policies[i];
                await enlist[i].Database.UseTransactionAsync(null, cancellationToken);
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
