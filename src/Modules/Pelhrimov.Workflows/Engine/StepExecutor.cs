using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Workflows.Actions;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;

namespace Pelhrimov.Workflows.Engine;

/// <summary>
/// Runs the next step of a claimed instance (in a scope of its own). An action that writes to the database commits its
/// effect, the step's log line, the events it published (with the chain, for the loop guard) and the instance's move to
/// the next step in one transaction, guarded by the lease: the step never runs twice. A webhook is an external effect:
/// at least once, with an idempotency key. A failure rolls the step back and schedules a retry with back-off.
/// </summary>
public sealed class StepExecutor(
    WorkflowsDbContext db, CoreDbContext core, IServiceProvider services, WorkflowActions actions, WorkflowVersionCache versions,
    IOptions<WorkflowOptions> options, TimeProvider clock, ILogger<StepExecutor> logger)
{
    private int _stepCount;

    /// <summary>Runs one step; false when the instance stops for now (waits, retries later, finished, or lost its lease).</summary>
    public async Task<bool> RunNextAsync(Guid instanceId, Guid token, CancellationToken cancellationToken)
    {
        if (await PrepareAsync(instanceId, token, cancellationToken) is not { } next)
        {
            return false;
        }
        var (instance, step, request, log) = next;
        var watch = Stopwatch.StartNew();
        try
        {
            return step.Action switch
            {
                WaitAction.Key => await WaitAsync(instance, token, request, log, watch, cancellationToken),
                WebhookAction.Key => await ExternalAsync(instance, token, request, log, watch, cancellationToken),
                _ => await TransactionalAsync(instance, token, request, log, watch, storedHere: false, cancellationToken),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            core.ChangeTracker.Clear();
            await FailAsync(instance, token, log, watch, e, storedHere: false, cancellationToken);
            return false;
        }
    }

    private const string Savepoint = "workflow_step";

    // Every step after an instance's first reads its instance so (ADR 0061).
    private static readonly CompiledQuery<Func<WorkflowsDbContext, Guid, CancellationToken, Task<WorkflowInstance>>> InstanceById = new(() =>
        EF.CompileAsyncQuery((WorkflowsDbContext db, Guid id, CancellationToken _) => db.Instances.AsNoTracking().Single(i => i.Id == id)));

    /// <summary>
    /// Stores an instance the caller (<see cref="WorkflowStarter"/>) made, in the caller's transaction, and runs its first
    /// step there when it is one that commits its effect with the step (ADR 0053): the row is inserted once, with the step's
    /// outcome, in the same save as the step's log line (ADR 0061). A wait or a webhook first, or a workflow without steps,
    /// only stores the instance. A failure rolls the step back to a savepoint and stores the instance with the failed
    /// attempt, as the runner records one (a retry after the back-off). Returns whether the runner has a step of it to run
    /// now (under the lease the instance carries).
    /// </summary>
    public async Task<bool> StartInCallersTransactionAsync(WorkflowInstance fresh, WorkflowEventData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        var steps = (await versions.GetAsync(db, fresh.WorkflowId, fresh.Version, cancellationToken)).Steps;
        _stepCount = steps.Count;
        db.Instances.Add(fresh);
        if (steps.Count == 0)
        {
            (fresh.Status, fresh.FinishedUtc, fresh.LeaseToken, fresh.LeaseUntilUtc) = (InstanceStatus.Completed, clock.GetUtcNow().UtcDateTime, null, null);
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }
        if (fresh.LeaseToken is not { } token || steps[0].Action is WaitAction.Key or WebhookAction.Key)
        {
            await db.SaveChangesAsync(cancellationToken);
            return fresh.LeaseToken is not null;
        }
        var (_, _, request, log) = Prepare(fresh, steps, data);
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("The caller's transaction is missing.");
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        var watch = Stopwatch.StartNew();
        try
        {
            // The savepoint is not released: the commit releases it, and a RELEASE is a round trip on PostgreSQL for nothing.
            // The next instance's first step (another workflow on the same event) makes one of the same name, which hides
            // this one, so its rollback goes back to its own.
            return await TransactionalAsync(fresh, token, request, log, watch, storedHere: true, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
            // What the step stored is gone, this instance's row with it if its save got that far; the instances stored
            // before the savepoint stay tracked as stored.
            foreach (var entry in db.ChangeTracker.Entries().Where(x => x.Entity is not WorkflowInstance).ToList())
            {
                entry.State = EntityState.Detached;
            }
            // Back at its first step, to be inserted with the failed attempt (FailAsync sets the rest of its state).
            fresh.NextStep = 0;
            db.Entry(fresh).State = EntityState.Added;
            core.ChangeTracker.Clear();
            await FailAsync(fresh, token, log, watch, e, storedHere: true, cancellationToken);
            return false;
        }
    }

    private sealed record NextStep(WorkflowInstance Instance, WorkflowStep Step, WorkflowActionRequest Request, StepLog Log);

    // Reads the instance; null when there is nothing to run (see the overload).
    private async Task<NextStep?> PrepareAsync(Guid instanceId, Guid token, CancellationToken cancellationToken)
    {
        var instance = await InstanceById.For(db)(db, instanceId, cancellationToken);
        return instance.LeaseToken == token ? await PrepareAsync(instance, token, cancellationToken) : null;
    }

    // The instance's next step from its (cached) version; completes an instance past its last step; null when there is
    // nothing to run.
    private async Task<NextStep?> PrepareAsync(WorkflowInstance instance, Guid token, CancellationToken cancellationToken)
    {
        var steps = (await versions.GetAsync(db, instance.WorkflowId, instance.Version, cancellationToken)).Steps;
        _stepCount = steps.Count;
        var now = clock.GetUtcNow().UtcDateTime;
        if (instance.NextStep >= steps.Count)
        {
            await UpdateAsync(instance, token, s => s.SetProperty(i => i.Status, InstanceStatus.Completed).SetProperty(i => i.FinishedUtc, now)
                .SetProperty(i => i.LeaseToken, (Guid?)null).SetProperty(i => i.LeaseUntilUtc, (DateTime?)null), cancellationToken);
            return null;
        }
        return Prepare(instance, steps, JsonSerializer.Deserialize<WorkflowEventData>(instance.Data, WorkflowVersion.Json)!);
    }

    // The next step's request and log line; the event's data as the instance stores it.
    private NextStep Prepare(WorkflowInstance instance, IReadOnlyList<WorkflowStep> steps, WorkflowEventData data)
    {
        var step = steps[instance.NextStep];
        var request = new WorkflowActionRequest(step.Parameters, data, $"{instance.Id:N}-{instance.NextStep}", DryRun: false);
        var log = new StepLog
        {
            InstanceId = instance.Id,
            StepIndex = instance.NextStep,
            Action = step.Action,
            Attempt = instance.StepAttempts + 1,
            Input = Truncate(JsonSerializer.Serialize(step.Parameters, WorkflowVersion.Json)),
            StartedUtc = clock.GetUtcNow().UtcDateTime,
        };
        return new NextStep(instance, step, request, log);
    }

    // storedHere: the instance is tracked, to be inserted with its first step in the caller's transaction (CompleteStoredStepAsync).
    private async Task<bool> TransactionalAsync(WorkflowInstance instance, Guid token, WorkflowActionRequest request, StepLog log, Stopwatch watch,
        bool storedHere, CancellationToken cancellationToken)
    {
        var action = Resolve(log.Action);
        // Events the scope's core context already tracks are not this step's (another instance's step in the same transaction).
        var earlier = core.ChangeTracker.Entries<StoredEvent>().Select(e => e.Entity).ToHashSet();
        // A failure rolls the step back whole (its own transaction, or the caller's savepoint): no savepoint per save.
        return await SharedTransaction.WithoutAutoSavepointsAsync(db, () => SharedTransaction.RunAsync(db, [core], async () =>
        {
            log.Result = Truncate(await WorkflowTracing.RunAsync(action, request, log, cancellationToken));
            await core.SaveChangesAsync(cancellationToken);
            foreach (var published in core.ChangeTracker.Entries<StoredEvent>().Select(e => e.Entity).Where(e => !earlier.Contains(e)))
            {
                db.CausedEvents.Add(new CausedEvent { EventId = published.Id, InstanceId = instance.Id, Chain = instance.Chain });
            }
            return storedHere
                ? await CompleteStoredStepAsync(instance, log, watch, cancellationToken)
                : await CompleteStepAsync(instance, token, log, watch, StepOutcome.Done, InstanceStatus.Ready, null, cancellationToken);
        }, cancellationToken));
    }

    private async Task<bool> ExternalAsync(WorkflowInstance instance, Guid token, WorkflowActionRequest request, StepLog log, Stopwatch watch, CancellationToken cancellationToken)
    {
        var outcome = StepOutcome.Done;
        try
        {
            log.Result = Truncate(await WorkflowTracing.RunAsync(Resolve(log.Action), request, log, cancellationToken));
        }
        catch (WebhookFailedException e)
        {
            // A failing webhook does not hold up the actions after it: logged as failed, the workflow goes on.
            outcome = StepOutcome.Failed;
            log.Error = Truncate(e.Message);
            logger.LogWarning("Workflow instance {Instance}: webhook step {Step} failed: {Error}", instance.Id, log.StepIndex, e.Message);
        }
        return await SharedTransaction.RunAsync(db, [], () => CompleteStepAsync(instance, token, log, watch, outcome, InstanceStatus.Ready, null, cancellationToken), cancellationToken);
    }

    private async Task<bool> WaitAsync(WorkflowInstance instance, Guid token, WorkflowActionRequest request, StepLog log, Stopwatch watch, CancellationToken cancellationToken)
    {
        var until = WaitAction.Until(request.Parameters, request.Event.Fields, log.StartedUtc);
        log.Result = until is { } at ? $"Čeká do {Core.Formatting.CzechFormat.DateAndTime(at)}." : "Datum už nastalo; pokračuje se hned.";
        return await SharedTransaction.RunAsync(db, [], () => CompleteStepAsync(instance, token, log, watch,
            until is null ? StepOutcome.Done : StepOutcome.Waiting, until is null ? InstanceStatus.Ready : InstanceStatus.Waiting, until, cancellationToken), cancellationToken);
    }

    // The log line and the move to the next step, in the caller's transaction; a lost lease throws and rolls it all back.
    // After the last step the same UPDATE completes the instance (no further scope, read and commit for it); returns
    // whether the instance has a step to run now.
    private async Task<bool> CompleteStepAsync(WorkflowInstance instance, Guid token, StepLog log, Stopwatch watch,
        StepOutcome outcome, InstanceStatus status, DateTime? waitUntil, CancellationToken cancellationToken)
    {
        log.Outcome = outcome;
        log.DurationMs = (int)watch.ElapsedMilliseconds;
        db.Steps.Add(log);
        await db.SaveChangesAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var lease = waitUntil is null ? now + options.Value.LeaseDuration : (DateTime?)null;
        var next = instance.NextStep + 1;
        if (waitUntil is null && next >= _stepCount)
        {
            await UpdateAsync(instance, token, s => s
                .SetProperty(i => i.NextStep, next).SetProperty(i => i.StepAttempts, 0).SetProperty(i => i.Status, InstanceStatus.Completed)
                .SetProperty(i => i.FinishedUtc, now).SetProperty(i => i.LeaseToken, (Guid?)null).SetProperty(i => i.LeaseUntilUtc, (DateTime?)null), cancellationToken);
            return false;
        }
        await UpdateAsync(instance, token, s => s
            .SetProperty(i => i.NextStep, next).SetProperty(i => i.StepAttempts, 0).SetProperty(i => i.Status, status)
            .SetProperty(i => i.NextRunUtc, waitUntil ?? now).SetProperty(i => i.LeaseUntilUtc, lease)
            .SetProperty(i => i.LeaseToken, waitUntil is null ? token : null), cancellationToken);
        return waitUntil is null;
    }

    // The same for the first step of an instance made in this very transaction (StartInCallersTransactionAsync): it is not
    // stored yet, so it is inserted with its move, in the same save as the log line, and no other node can see it, let
    // alone hold it, before the commit: no lease-guarded UPDATE, two statements fewer on every event's path (ADR 0061).
    private async Task<bool> CompleteStoredStepAsync(WorkflowInstance instance, StepLog log, Stopwatch watch, CancellationToken cancellationToken)
    {
        log.Outcome = StepOutcome.Done;
        log.DurationMs = (int)watch.ElapsedMilliseconds;
        db.Steps.Add(log);
        var now = clock.GetUtcNow().UtcDateTime;
        instance.NextStep++;
        instance.StepAttempts = 0;
        instance.NextRunUtc = now;
        var last = instance.NextStep >= _stepCount;
        instance.Status = last ? InstanceStatus.Completed : InstanceStatus.Ready;
        instance.FinishedUtc = last ? now : null;
        instance.LeaseUntilUtc = last ? null : now + options.Value.LeaseDuration;
        if (last)
        {
            instance.LeaseToken = null;
        }
        await db.SaveChangesAsync(cancellationToken);
        return !last;
    }

    // storedHere: the instance is not stored yet (StartInCallersTransactionAsync) and is inserted with the failed attempt.
    private async Task FailAsync(WorkflowInstance instance, Guid token, StepLog log, Stopwatch watch, Exception error, bool storedHere,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var attempts = instance.StepAttempts + 1;
        var final = error is WorkflowActionRefusedException || attempts >= settings.MaxAttempts;
        var now = clock.GetUtcNow().UtcDateTime;
        var message = Truncate(error is WorkflowActionRefusedException or InstanceLeaseLostException ? error.Message : error.GetType().Name + ": " + error.Message)!;
        if (error is InstanceLeaseLostException)
        {
            return;   // another node runs it now; it logs its own attempt
        }
        logger.LogWarning(error, "Workflow instance {Instance}: step {Step} ({Action}) failed, attempt {Attempt}", instance.Id, log.StepIndex, log.Action, attempts);
        log.Outcome = StepOutcome.Failed;
        log.Error = message;
        log.Result = final ? "Krok se nezdařil; běh skončil chybou." : $"Zkusí se znovu {Core.Formatting.CzechFormat.DateAndTime(now + WorkflowOptions.Delay(settings.StepDelays, attempts))}.";
        log.DurationMs = (int)watch.ElapsedMilliseconds;
        if (storedHere)
        {
            instance.Status = final ? InstanceStatus.Failed : InstanceStatus.Retrying;
            instance.StepAttempts = attempts;
            instance.LastError = message;
            instance.NextRunUtc = now + WorkflowOptions.Delay(settings.StepDelays, attempts);
            instance.FinishedUtc = final ? now : null;
            instance.LeaseToken = null;
            instance.LeaseUntilUtc = null;
            db.Steps.Add(log);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        await SharedTransaction.RunAsync(db, [], async () =>
        {
            db.Steps.Add(log);
            await db.SaveChangesAsync(cancellationToken);
            await UpdateAsync(instance, token, s => s
                .SetProperty(i => i.Status, final ? InstanceStatus.Failed : InstanceStatus.Retrying)
                .SetProperty(i => i.StepAttempts, attempts).SetProperty(i => i.LastError, message)
                .SetProperty(i => i.NextRunUtc, now + WorkflowOptions.Delay(settings.StepDelays, attempts))
                .SetProperty(i => i.FinishedUtc, final ? now : null)
                .SetProperty(i => i.LeaseToken, (Guid?)null).SetProperty(i => i.LeaseUntilUtc, (DateTime?)null), cancellationToken);
        }, cancellationToken);
    }

    private async Task UpdateAsync(WorkflowInstance instance, Guid token,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<WorkflowInstance>> set, CancellationToken cancellationToken)
    {
        var step = instance.NextStep;
        var changed = await db.Instances.Where(i => i.Id == instance.Id && i.LeaseToken == token && i.NextStep == step)
            .ExecuteUpdateAsync(set, cancellationToken);
        if (changed == 0)
        {
            throw new InstanceLeaseLostException(instance.Id);
        }
    }

    private IWorkflowAction Resolve(string key) =>
        actions.Find(key) is { } registration ? (IWorkflowAction)services.GetRequiredService(registration.ActionType)
            : throw new WorkflowActionRefusedException($"Akce „{key}“ na tomto webu není (modul, který ji nabízí, je vypnutý).");

    private static string? Truncate(string? text) => text is { Length: > 4000 } ? text[..4000] : text;
}

/// <summary>This node's lease on an instance lapsed and another node took it over; this node's step is rolled back.</summary>
public sealed class InstanceLeaseLostException(Guid instanceId) : Exception($"The lease on workflow instance {instanceId} was lost.");
