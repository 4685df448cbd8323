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
public sealed class SqliteWriteGate
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
        if (provider != DatabaseProvider.Sqlite)
        {
            return [];
        }
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:")
        {
            return [];
        }
        DisposedTransactions.Listen();
        var gate = Gates.GetOrAdd(Path.GetFullPath(builder.DataSource), _ => new SqliteWriteGate());
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

    /// <summary>Write transactions: BEGIN waits for the gate; commit, rollback or a failure hands it on.</summary>
    private sealed class TransactionGate(SqliteWriteGate gate) : DbTransactionInterceptor
    {
        public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
        {
            gate.Enter(connection);
            return result;
        }

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            await gate.EnterAsync(connection, cancellationToken);
            return result;
        }

        public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            gate.Began(connection, result);
            return result;
        }

        public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
        {
            gate.Began(connection, result);
            return ValueTask.FromResult(result);
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => gate.Ended(transaction);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            gate.Ended(transaction);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => gate.Ended(transaction);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            gate.Ended(transaction);
            return Task.CompletedTask;
        }

        public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => gate.Ended(transaction);

        public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            gate.Ended(transaction);
            return Task.CompletedTask;
        }
    }

    /// <summary>A write outside a transaction (a single-statement SaveChanges, ExecuteUpdate, ExecuteDelete) holds the gate
    /// until its command has run and its reader, if any, is disposed (SQLite keeps the lock until then).</summary>
    private sealed class CommandGate(SqliteWriteGate gate) : DbCommandInterceptor
    {
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            Enter(command, result);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await EnterAsync(command, cancellationToken);
            return result;
        }

        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result) =>
            Leave(command, result);

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            Enter(command, result);

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await EnterAsync(command, cancellationToken);
            return result;
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => Leave(command, result);

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Leave(command, result));

        public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Leave(command, 0);

        public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default) =>
            Task.FromResult(Leave(command, 0));

        public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Leave(command, 0);

        public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default) =>
            Task.FromResult(Leave(command, 0));

        private static bool Writes(DbCommand command)
        {
            if (command.Transaction is not null)
            {
                return false;   // inside a transaction, which holds the gate already
            }
            var text = command.CommandText.AsSpan().TrimStart();
            return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);
        }

        private T Enter<T>(DbCommand command, T result)
        {
            if (Writes(command))
            {
                gate.Enter(command.Connection!);
            }
            return result;
        }

        private ValueTask EnterAsync(DbCommand command, CancellationToken cancellationToken) =>
            Writes(command) ? gate.EnterAsync(command.Connection!, cancellationToken) : ValueTask.CompletedTask;

        // The same command (its text and transaction) as at its start: a write that took the gate gives it back.
        private T Leave<T>(DbCommand command, T result)
        {
            if (Writes(command))
            {
                gate.Leave(command.Connection!);
            }
            return result;
        }
    }

    /// <summary>EF Core's "transaction disposed" diagnostic event: the only word of a transaction disposed without commit or
    /// rollback (SaveChanges' own transaction after a failed statement, a unit of work that threw).</summary>
    private sealed class DisposedTransactions : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private static int _listening;

        public static void Listen()
        {
            if (Interlocked.Exchange(ref _listening, 1) == 0)
            {
                DiagnosticListener.AllListeners.Subscribe(new DisposedTransactions());
            }
        }

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                listener.Subscribe(this, name => name == RelationalEventId.TransactionDisposed.Name);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is TransactionEventData { Transaction: SqliteTransaction transaction })
            {
                foreach (var gate in Gates.Values)
                {
                    gate.Ended(transaction);
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
