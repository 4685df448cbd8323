using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Workflows.Domain;
using Pelhrimov.Workflows.Engine;

namespace Pelhrimov.Workflows.Editing;

/// <summary>One action's answer in a try-run: what it would do, or why it could not.</summary>
public sealed record TryRunStep(string Title, string? Result, string? Error);

/// <summary>A try-run ("Vyzkoušet"): the sample data, whether the conditions hold, and what each action would do.</summary>
public sealed record TryRunResult(WorkflowEventData Data, bool ConditionsHold, IReadOnlyList<TryRunStep> Steps);

/// <summary>Runs a version's actions over the trigger's sample data in dry-run mode: nothing is sent, stored or called.</summary>
public sealed class TryRun(WorkflowTriggers triggers, WorkflowActions actions, IServiceProvider services)
{
    public static readonly WorkflowEventData ScheduleSample = new(new Dictionary<string, string?> { ["firedAt"] = "5. 12. 2026 7:00" }, []);

    public async Task<TryRunResult> RunAsync(WorkflowVersion version, CancellationToken cancellationToken)
    {
        var data = triggers.Find(version.TriggerKey)?.Info.Sample ?? ScheduleSample;
        var steps = new List<TryRunStep>();
        foreach (var (step, i) in version.ReadSteps().Select((s, i) => (s, i)))
        {
            var registration = actions.Find(step.Action);
            var title = registration?.Info.Title ?? step.Action;
            try
            {
                if (registration is null)
                {
                    throw new WorkflowActionRefusedException("Taková akce na tomto webu není.");
                }
                var action = (IWorkflowAction)services.GetRequiredService(registration.ActionType);
                var result = await action.RunAsync(new WorkflowActionRequest(step.Parameters, data, $"zkouska-{i}", DryRun: true), cancellationToken);
                steps.Add(new TryRunStep(title, result, null));
            }
            catch (WorkflowActionRefusedException e)
            {
                steps.Add(new TryRunStep(title, null, e.Message));
            }
        }
        return new TryRunResult(data, ConditionEvaluator.Matches(version.ReadConditions(), data.Fields), steps);
    }
}
