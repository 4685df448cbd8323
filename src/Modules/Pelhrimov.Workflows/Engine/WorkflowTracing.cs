using System.Diagnostics;
using Pelhrimov.Core.Workflows;

namespace Pelhrimov.Workflows.Engine;

/// <summary>
/// The engine's spans: one per action a step runs (<c>workflow.action</c>, tagged with the instance, the step and the
/// action's key), so that a trace of an event shows what its workflow's actions took apart from the engine around them.
/// Exported with the portal's other traces when OpenTelemetry is configured (ADR 0051); without a listener
/// <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> returns null and costs a check.
/// </summary>
public static class WorkflowTracing
{
    public const string SourceName = "Pelhrimov.Workflows";

    internal static readonly ActivitySource Source = new(SourceName);

    /// <summary>Runs <paramref name="action"/> inside a <c>workflow.action</c> span, marked failed when it throws.</summary>
    internal static async Task<string?> RunAsync(IWorkflowAction action, WorkflowActionRequest request, Domain.StepLog log, CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity("workflow.action");
        activity?.SetTag("workflow.instance", log.InstanceId).SetTag("workflow.step", log.StepIndex).SetTag("workflow.action", log.Action);
        try
        {
            return await action.RunAsync(request, cancellationToken);
        }
        catch (Exception e) when (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
    }
}
