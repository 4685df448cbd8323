using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;

namespace Pelhrimov.Workflows.Engine;

/// <summary>
/// Creates instances of the enabled workflows an occurrence of a trigger starts: one per workflow and occurrence (a unique
/// row; for an event, stored with the delivery's done-mark, so exactly once), on the workflow's current version, when its
/// conditions hold. The loop guard stops a workflow that its own actions triggered, or a chain longer than allowed.
/// An instance is created with this node's lease on it, and its first step runs in the same transaction when it commits
/// with its effect (ADR 0053): the event's done-mark, the instance, its first step and that step's e-mail commit together,
/// and the runner gets the instance only for the steps after it, without claiming it again.
/// </summary>
public sealed class WorkflowStarter(
    WorkflowsDbContext db, CoreDbContext core, InstanceQueue queue, WorkflowVersionCache versions, StepExecutor steps,
    IOptions<WorkflowOptions> options, TimeProvider clock, ILogger<WorkflowStarter> logger) : IWorkflowRuntime
{
    // An event's candidates, in one round trip for what took two and one per workflow (ADR 0061): the enabled workflows of
    // its trigger (the oldest first), whether each has an instance for the occurrence already (a delivery run again), and the chain of
    // workflows whose actions published the event (for the loop guard; none for most events).
    private static readonly CompiledQuery<Func<WorkflowsDbContext, string, DateTime, string, long, IAsyncEnumerable<Candidate>>> CandidatesFor = new(() =>
        EF.CompileAsyncQuery((WorkflowsDbContext db, string trigger, DateTime occurred, string sourceKey, long eventId) =>
            db.Workflows.AsNoTracking().Where(w => w.Enabled && w.TriggerKey == trigger && w.EnabledSinceUtc <= occurred)
                .OrderBy(w => w.CreatedUtc).ThenBy(w => w.Id)
                .Select(w => new Candidate(w, db.Instances.Any(i => i.WorkflowId == w.Id && i.SourceKey == sourceKey),
                    db.CausedEvents.Where(c => c.EventId == eventId).Select(c => c.Chain).FirstOrDefault()))));

    private sealed record Candidate(Workflow Workflow, bool Started, string? Chain);

    private static readonly CompiledQuery<Func<WorkflowsDbContext, Guid, string, CancellationToken, Task<bool>>> Started = new(() =>
        EF.CompileAsyncQuery((WorkflowsDbContext db, Guid workflowId, string sourceKey, CancellationToken _) =>
            db.Instances.Any(i => i.WorkflowId == workflowId && i.SourceKey == sourceKey)));

    public async Task OnEventAsync(WorkflowTrigger trigger, Func<CancellationToken, Task<WorkflowEventData?>> describe, EventContext context, CancellationToken cancellationToken)
    {
        var sourceKey = "event:" + context.EventId;
        var candidates = await CandidatesFor.For(db)(db, trigger.Key, context.OccurredUtc, sourceKey, context.EventId).ToListAsync(cancellationToken);
        var workflows = candidates.Where(c => !c.Started).Select(c => c.Workflow).ToList();
        if (workflows.Count == 0 || await describe(cancellationToken) is not { } data)
        {
            return;
        }
        // Not started a moment ago; two nodes that both get here (a lapsed claim) meet at the unique index, and the
        // loser's delivery is retried and finds the instance.
        await StartAsync(workflows, sourceKey, data, candidates[0].Chain ?? "", context, startedChecked: true, cancellationToken);
    }

    /// <summary>Starts instances for one occurrence; returns the ids of those ready to run (their first step done already, or
    /// queued on this node).</summary>
    public Task<IReadOnlyList<Guid>> StartAsync(IReadOnlyList<Workflow> workflows, string sourceKey, WorkflowEventData data, string parentChain,
        EventContext? context, CancellationToken cancellationToken) =>
        StartAsync(workflows, sourceKey, data, parentChain, context, startedChecked: false, cancellationToken);

    // startedChecked: the caller left out the workflows with an instance for the occurrence already.
    private async Task<IReadOnlyList<Guid>> StartAsync(IReadOnlyList<Workflow> workflows, string sourceKey, WorkflowEventData data, string parentChain,
        EventContext? context, bool startedChecked, CancellationToken cancellationToken)
    {
        var ready = new List<WorkflowInstance>();
        var stoppedOnes = new List<(WorkflowInstance Instance, StepLog Log)>();
        var queued = new List<Guid>();
        var now = clock.GetUtcNow().UtcDateTime;
        var lease = Guid.NewGuid();
        var json = JsonSerializer.Serialize(data, WorkflowVersion.Json);
        // Any failure fails the whole start (the delivery is retried), and the first step has a savepoint of its own: no
        // automatic savepoint per save, in any module's context that joins.
        await SharedTransaction.WithoutAutoSavepointsAsync(db, () => SharedTransaction.RunAsync(db, [core], async () =>
        {
            foreach (var workflow in workflows)
            {
                var version = await versions.GetAsync(db, workflow.Id, workflow.CurrentVersion, cancellationToken);
                if (!ConditionEvaluator.Matches(version.Conditions, data.Fields)
                    || (!startedChecked && await Started.For(db)(db, workflow.Id, sourceKey, cancellationToken)))
                {
                    continue;
                }
                var ancestors = parentChain.Length == 0 ? [] : parentChain.Split(',');
                var loops = ancestors.Contains(workflow.Id.ToString());
                var stopped = loops || ancestors.Length >= options.Value.MaxChainDepth;
                var instance = new WorkflowInstance
                {
                    Id = Guid.NewGuid(),
                    WorkflowId = workflow.Id,
                    Version = version.Number,
                    SourceKey = sourceKey,
                    Status = stopped ? InstanceStatus.Stopped : InstanceStatus.Ready,
                    Data = json,
                    Chain = string.Join(',', ancestors.Append(workflow.Id.ToString())),
                    NextRunUtc = now,
                    CreatedUtc = now,
                    FinishedUtc = stopped ? now : null,
                    LeaseToken = stopped ? null : lease,
                    LeaseUntilUtc = stopped ? null : now + options.Value.LeaseDuration,
                };
                if (stopped)
                {
                    var reason = loops
                        ? "Zastaveno: událost vyvolal tento pracovní postup sám (přes své akce), běh by se opakoval donekonečna."
                        : $"Zastaveno: řetěz pracovních postupů je delší než {options.Value.MaxChainDepth}.";
                    instance.LastError = reason;
                    stoppedOnes.Add((instance, new StepLog { InstanceId = instance.Id, Action = "loop-guard", Outcome = StepOutcome.Stopped, Error = reason, StartedUtc = now, Attempt = 1 }));
                    logger.LogWarning("Workflow {Workflow} '{Name}' stopped by the loop guard (chain {Chain}).", workflow.Id, workflow.Name, parentChain);
                }
                else
                {
                    ready.Add(instance);
                }
            }
            if (context is not null)
            {
                await context.CompleteAsync(cancellationToken);
            }
            // Each ready instance is stored with its first step's outcome (StepExecutor), the stopped ones after them: a step
            // that fails rolls back to its own savepoint, which must not take other instances' rows with it.
            foreach (var instance in ready)
            {
                if (await steps.StartInCallersTransactionAsync(instance, data, cancellationToken))
                {
                    queued.Add(instance.Id);
                }
            }
            if (stoppedOnes.Count > 0)
            {
                foreach (var (instance, log) in stoppedOnes)
                {
                    db.Instances.Add(instance);
                    db.Steps.Add(log);
                }
                await db.SaveChangesAsync(cancellationToken);
            }
            return true;
        }, cancellationToken));
        queue.Enqueue(queued, lease);
        return [.. ready.Select(i => i.Id)];
    }
}
