using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Workflows.Actions;

namespace Pelhrimov.NotificationsBench;

/// <summary>
/// The default workflow's effect without the engine, as a module would hard-code it (ADR 0063): for a filing's status
/// change, in the delivery's transaction, the same description of the event, the same condition (the new status is not
/// "přijato"), the delivery's done-mark and the same notify action (e-mail and inbox to the citizen), then the commit.
/// What the workflow costs beyond this is the engine's overhead: finding the workflows of the trigger, the instance, the
/// step's log line and its move. The bench's decorator of the engine runs it in the engine's place when asked to
/// (<see cref="EngineTimings.WithoutEngine"/>), on the same delivery.
/// </summary>
public sealed class DirectNotifications(NotifyAction notify, CoreDbContext core)
{
    private static readonly Dictionary<string, string> Parameters = new() { ["recipient"] = "citizen", ["channels"] = "email,inbox" };

    /// <summary>Whether it sent anything (false: the event's filing is gone, or the condition does not hold).</summary>
    public Task<bool> RunAsync(Func<CancellationToken, Task<WorkflowEventData?>> describe, EventContext context, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(core, [], async () =>
        {
            if (await describe(cancellationToken) is not { } data || data.Fields["newStatus"] == "prijato")
            {
                return false;
            }
            await context.CompleteAsync(cancellationToken);
            await notify.RunAsync(new WorkflowActionRequest(Parameters, data, $"direct-{context.EventId}", DryRun: false), cancellationToken);
            await core.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
}
