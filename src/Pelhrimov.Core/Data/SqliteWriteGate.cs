using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pelhrimov.Core.Data;

/// <summary>
/// Hands SQLite's single write lock on inside the process (ADR 0058). Every write transaction EF Core begins, and every
/// write command it runs outside a transaction, first waits here — asynchronously, without holding a thread — and the gate
/// passes to the next writer the moment the previous one commits, rolls back or is disposed. Without it the writers of a
/// busy node (form submissions, event handlers, the mail worker) met at SQLite's lock, whose busy handler sleeps 1, 2, 5,
/// 10 … 25 ms between tries: the lock, held 2–3 ms at a time, idled while the waiting writers slept.
/// </summary>
/// <remarks>
/// The gate is a convenience, never the guard: SQLite's lock (with <see cref="SqliteBusyWait"/>) still decides, so a writer
/// the gate does not see (Quartz's job store, another process) is as safe as before. A writer waits for the gate at most
/// <see cref="MaxWait"/> and then goes on to SQLite's lock as it did before the gate. A holder whose transaction ended
/// without EF Core telling an interceptor (a transaction disposed without commit or rollback, its connection closed) is
/// noticed through EF Core's diagnostic event and, failing that, by the next waiter within <see cref="Recheck"/>.
/// One gate per database file in the process, shared by every context, connection and site object that opens it.
/// </remarks>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "A gate lives as long as the process; its SemaphoreSlim never hands out a wait handle.")]
public sealed partial class SqliteWriteGate
{
    /// <summary>The longest a writer waits for the gate before it goes on to SQLite's own lock.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    /// <summary>How often a waiting writer checks whether the holder's transaction has ended unseen.</summary>
    public static readonly TimeSpan Recheck = TimeSpan.FromMilliseconds(100);

    private static readonly ConcurrentDictionary<string, SqliteWriteGate> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _semaphore = new(1, 1);
    private readonly Lock _lock = new();
    private DbConnection? _holder;
    private DbTransaction? _transaction;
    private int _depth;
    private long _since;

    private SqliteWriteGate()
    {
    }

    /// <summary>The interceptors that gate the writes to a SQLite database file; none for PostgreSQL or a database in memory.</summary>
    public static IInterceptor[] InterceptorsFor(DatabaseProvider provider, string connectionString)
    {
        if (DatabaseFileGuard.FilePath(provider, connectionString) is not { } path)
        {
            return [];
        }
        DisposedTransactions.Listen();
        var gate = Gates.GetOrAdd(path, _ => new SqliteWriteGate());
        return [new TransactionGate(gate), new CommandGate(gate)];
    }

    /// <summary>Whether a writer holds the gate now (for tests).</summary>
    public bool IsHeld
    {
        get
        {
            lock (_lock)
            {
                return _holder is not null;
            }
        }
    }

    /// <summary>The gate of a database file, once a site has opened it (for tests).</summary>
    public static SqliteWriteGate? Of(string dataSource) => Gates.GetValueOrDefault(Path.GetFullPath(dataSource));

    /// <summary>Waits until <paramref name="connection"/> may write. Reentrant for the connection that holds it.</summary>
    private async ValueTask EnterAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (Reenter(connection))
        {
            return;
        }
        var deadline = Stopwatch.GetTimestamp() + (long)(MaxWait.TotalSeconds * Stopwatch.Frequency);
        while (!await _semaphore.WaitAsync(Recheck, cancellationToken))
        {
            if (!ReleaseIfAbandoned() && Stopwatch.GetTimestamp() > deadline)
            {
                return;   // SQLite's lock decides, as without the gate
            }
        }
        Take(connection);
    }

    private void Enter(DbConnection connection)
    {
        if (Reenter(connection))
        {
            return;
        }
        var deadline = Stopwatch.GetTimestamp() + (long)(MaxWait.TotalSeconds * Stopwatch.Frequency);
        while (!_semaphore.Wait(Recheck))
        {
            if (!ReleaseIfAbandoned() && Stopwatch.GetTimestamp() > deadline)
            {
                return;
            }
        }
        Take(connection);
    }

    private bool Reenter(DbConnection connection)
    {
        lock (_lock)
        {
            if (!ReferenceEquals(_holder, connection))
            {
                return false;
            }
            _depth++;
            return true;
        }
    }

    private void Take(DbConnection connection)
    {
        lock (_lock)
        {
            _holder = connection;
            _transaction = null;
            _depth = 1;
            _since = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>Notes the transaction begun by the holder, so that its end can be noticed however it comes.</summary>
    private void Began(DbConnection connection, DbTransaction transaction)
    {
        lock (_lock)
        {
            if (ReferenceEquals(_holder, connection))
            {
                _transaction = transaction;
            }
        }
    }

    /// <summary>Lets the next writer in when <paramref name="connection"/> holds the gate; otherwise does nothing (a
    /// writer that went on after <see cref="MaxWait"/> never held it).</summary>
    private void Leave(DbConnection connection, bool all = false)
    {
        lock (_lock)
        {
            if (!ReferenceEquals(_holder, connection) || (!all && --_depth > 0))
            {
                return;
            }
            _holder = null;
            _transaction = null;
            _depth = 0;
        }
        _semaphore.Release();
    }

    /// <summary>Frees the gate if <paramref name="transaction"/> (committed, rolled back, failed or disposed) held it.</summary>
    private void Ended(DbTransaction transaction)
    {
        DbConnection? holder;
        lock (_lock)
        {
            holder = ReferenceEquals(_transaction, transaction) ? _holder : null;
        }
        if (holder is not null)
        {
            Leave(holder, all: true);
        }
    }

    /// <summary>Frees the gate when its holder's transaction has ended or its connection has closed without a word, or
    /// when a transaction's BEGIN has not come back for longer than SQLite could have waited for its lock.</summary>
    private bool ReleaseIfAbandoned()
    {
        DbConnection? holder;
        lock (_lock)
        {
            holder = _holder;
            if (holder is null)
            {
                return false;
            }
            var ended = _transaction is { Connection: null } || holder.State == ConnectionState.Closed;
            var stuck = _transaction is null && Stopwatch.GetElapsedTime(_since) > TimeSpan.FromSeconds(35);
            if (!ended && !stuck)
            {
                return false;
            }
        }
        Leave(holder, all: true);
        return true;
    }
}
