using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;
using Pelhrimov.Workflows.Engine;
using Pelhrimov.Workflows.Jobs;

namespace Pelhrimov.Workflows.Editing;

/// <summary>Validates a posted definition and stores it as the workflow's next version (or its first, creating it).</summary>
public sealed class WorkflowEditor(WorkflowsDbContext db, WorkflowTriggers triggers, WorkflowActions actions, TimeProvider clock)
{
    /// <summary>Czech messages by form field; empty when the definition can be saved.</summary>
    public Dictionary<string, string> Validate(WorkflowInput input)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors["Name"] = "Vyplňte název pracovního postupu.";
        }
        else if (input.Name.Trim().Length > Workflow.NameMaxLength)
        {
            errors["Name"] = $"Název může mít nejvýš {Workflow.NameMaxLength} znaků.";
        }
        var trigger = triggers.Find(input.Trigger);
        if (input.Trigger == WorkflowVersion.ScheduleTrigger)
        {
            if (ResumeJob.NextFire(input.Cron?.Trim(), clock.GetUtcNow().UtcDateTime) is null)
            {
                errors["Cron"] = "Zadejte platný výraz cron (sekunda minuta hodina den měsíc den-v-týdnu), například „0 0 7 * * ?“.";
            }
        }
        else if (trigger is null)
        {
            errors["Trigger"] = "Vyberte, co pracovní postup spustí.";
        }
        else if (trigger.Kind == WorkflowTriggerKind.Date && Math.Abs(input.TriggerDays) > 365)
        {
            errors["TriggerDays"] = "Počet dní musí být mezi −365 a 365.";
        }
        foreach (var (condition, i) in Conditions(input).Select((c, i) => (c, i)))
        {
            if (!ConditionOperators.IsKnown(condition.Operator))
            {
                errors[$"Conditions[{i}].Operator"] = $"Podmínka {i + 1}: vyberte porovnání.";
            }
            else if (trigger is not null && trigger.Info.Fields.All(f => f.Name != condition.Field))
            {
                errors[$"Conditions[{i}].Field"] = $"Podmínka {i + 1}: spouštěč takové pole nemá.";
            }
        }
        var steps = Steps(input).ToList();
        if (steps.Count == 0)
        {
            errors["Steps"] = "Přidejte alespoň jednu akci.";
        }
        foreach (var (step, i) in steps.Select((s, i) => (s, i)))
        {
            if (actions.Find(step.Action) is not { } action)
            {
                errors[$"Steps[{i}].Action"] = $"Akce {i + 1}: taková akce není.";
                continue;
            }
            foreach (var parameter in action.Info.Parameters.Where(p => p.Required && string.IsNullOrWhiteSpace(step.Parameters.GetValueOrDefault(p.Name))))
            {
                errors[$"Steps[{i}].Parameters[{parameter.Name}]"] = $"Akce {i + 1} ({action.Info.Title}): vyplňte „{parameter.Label}“.";
            }
        }
        return errors;
    }

    /// <summary>Appends the next version (immutable) and points the workflow at it. Running instances keep their version.</summary>
    public async Task<Guid> SaveAsync(Guid? workflowId, WorkflowInput input, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var workflow = workflowId is { } id ? await db.Workflows.SingleAsync(w => w.Id == id, cancellationToken) : null;
        if (workflow is null)
        {
            workflow = new Workflow { Id = Guid.NewGuid(), CreatedUtc = now };
            db.Workflows.Add(workflow);
        }
        var isSchedule = input.Trigger == WorkflowVersion.ScheduleTrigger;
        var version = new WorkflowVersion
        {
            WorkflowId = workflow.Id,
            Number = workflow.CurrentVersion + 1,
            Name = input.Name!.Trim(),
            TriggerKey = input.Trigger!,
            TriggerDays = triggers.Find(input.Trigger)?.Kind == WorkflowTriggerKind.Date ? input.TriggerDays : 0,
            Cron = isSchedule ? input.Cron!.Trim() : null,
            Conditions = JsonSerializer.Serialize(Conditions(input).Select(c => new WorkflowCondition(c.Field!, c.Operator!, c.Value?.Trim())).ToList(), WorkflowVersion.Json),
            Steps = JsonSerializer.Serialize(Steps(input).Select(s => new WorkflowStep(s.Action!,
                s.Parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => p.Value.Trim()))).ToList(), WorkflowVersion.Json),
            CreatedUtc = now,
            CreatedBy = actor,
        };
        db.Versions.Add(version);
        var sameTrigger = workflow.TriggerKey == version.TriggerKey;
        workflow.Name = version.Name;
        workflow.TriggerKey = version.TriggerKey;
        workflow.CurrentVersion = version.Number;
        workflow.UpdatedUtc = now;
        // A date trigger's cursor (the last day checked) survives an edit that keeps the trigger.
        workflow.NextFireUtc = isSchedule ? ResumeJob.NextFire(version.Cron, now) : sameTrigger ? workflow.NextFireUtc : null;
        await db.SaveChangesAsync(cancellationToken);
        return workflow.Id;
    }

    public async Task<bool> SetEnabledAsync(Guid workflowId, bool enabled, CancellationToken cancellationToken)
    {
        var workflow = await db.Workflows.SingleOrDefaultAsync(w => w.Id == workflowId, cancellationToken);
        if (workflow is null)
        {
            return false;
        }
        if (enabled && !workflow.Enabled)
        {
            workflow.EnabledSinceUtc = clock.GetUtcNow().UtcDateTime;
        }
        workflow.Enabled = enabled;
        if (workflow.TriggerKey == WorkflowVersion.ScheduleTrigger)
        {
            var cron = await db.Versions.Where(v => v.WorkflowId == workflowId && v.Number == workflow.CurrentVersion).Select(v => v.Cron).SingleAsync(cancellationToken);
            workflow.NextFireUtc = ResumeJob.NextFire(cron, clock.GetUtcNow().UtcDateTime);
        }
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static IEnumerable<ConditionInput> Conditions(WorkflowInput input) =>
        input.Conditions.Where(c => !string.IsNullOrWhiteSpace(c.Field));

    private static IEnumerable<StepInput> Steps(WorkflowInput input) =>
        input.Steps.Where(s => !s.Remove && !string.IsNullOrWhiteSpace(s.Action));
}
