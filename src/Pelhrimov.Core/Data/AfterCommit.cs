using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pelhrimov.Core.Data;

/// <summary>Runs an action once a database transaction has committed, or at once when there is none.</summary>
/// <remarks>
/// Used to wake background work (mail delivery) only when what it should pick up is visible to other connections.
/// Works for transactions committed through any module's context, which all carry <see cref="Interceptor"/>
/// (see <see cref="PortalDatabase.Configure"/>). A rolled-back transaction simply drops its actions.
/// </remarks>
public static class AfterCommit
{
    private static readonly ConditionalWeakTable<DbTransaction, List<Action>> Pending = new();

    /// <summary>The interceptor every context gets; it runs the actions registered for a transaction when it commits.</summary>
    public static IInterceptor Interceptor { get; } = new CommitInterceptor();

    /// <summary>Runs <paramref name="action"/> after <paramref name="transaction"/> commits; now when it is null.</summary>
    public static void Run(DbTransaction? transaction, Action action)
    {
        if (transaction is null)
        {
            action();
            return;
        }
        var actions = Pending.GetValue(transaction, _ => []);
        lock (actions)
        {
            actions.Add(action);
        }
    }

    private static void Committed(DbTransaction transaction)
    {
        if (!Pending.TryGetValue(transaction, out var actions))
        {
            return;
        }
        Pending.Remove(transaction);
        Action[] toRun;
        lock (actions)
        {
            toRun = [.. actions];
        }
        foreach (var action in toRun)
        {
            action();
        }
    }

    private sealed class CommitInterceptor : DbTransactionInterceptor
    {
        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
            Committed(transaction);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Committed(transaction);
            return Task.CompletedTask;
        }
    }
}
