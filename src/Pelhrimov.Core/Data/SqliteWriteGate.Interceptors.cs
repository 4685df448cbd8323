using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pelhrimov.Core.Data;

/// <summary>How EF Core tells the gate about writes: its transaction and command interceptors and its "transaction
/// disposed" diagnostic event.</summary>
public sealed partial class SqliteWriteGate
{
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
