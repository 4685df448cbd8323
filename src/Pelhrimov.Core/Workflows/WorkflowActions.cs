namespace Pelhrimov.Core.Workflows;

/// <summary>A value the editor offers for a parameter (a select).</summary>
public sealed record WorkflowChoice(string Value, string Label);

/// <summary>A parameter of an action as the editor asks for it; with <see cref="Choices"/> a select, otherwise a text box.</summary>
public sealed record WorkflowActionParameter(string Name, string Label, IReadOnlyList<WorkflowChoice>? Choices = null, bool Required = true);

/// <summary>
/// What the editor shows of an action: its key (<c>filings.change-status</c>), Czech title, parameters and the event
/// fields it needs (an action needing <c>filingId</c> is offered only for triggers that have it).
/// </summary>
public sealed record WorkflowActionInfo(string Key, string Title, IReadOnlyList<WorkflowActionParameter> Parameters, IReadOnlyList<string> RequiredFields);

/// <summary>One run of an action: its parameters, the event's data, a key unique for the instance and step, and whether it is a try-run.</summary>
public sealed record WorkflowActionRequest(
    IReadOnlyDictionary<string, string> Parameters,
    WorkflowEventData Event,
    string IdempotencyKey,
    bool DryRun);

/// <summary>
/// An action a module owns (changing a filing's status belongs to Filings), registered with
/// <see cref="WorkflowRegistration.AddWorkflowAction{TAction}"/> and resolved in the step's scope.
/// </summary>
/// <remarks>
/// It runs inside the step's transaction (the core context is in it): a module writes through
/// <c>SharedTransaction.RunAsync(myDb, [core], …)</c>, which joins it, so that the effect and the step's completion
/// commit together and the step never runs twice. Events it publishes carry the workflow's chain (loop guard).
/// </remarks>
public interface IWorkflowAction
{
    static abstract WorkflowActionInfo Info { get; }

    /// <summary>Does the work (or, for <see cref="WorkflowActionRequest.DryRun"/>, changes nothing) and says in Czech what
    /// it did or would do. Throwing fails the step (retried with back-off); a <see cref="WorkflowActionRefusedException"/>
    /// fails it for good.</summary>
    Task<string> RunAsync(WorkflowActionRequest request, CancellationToken cancellationToken);
}

/// <summary>The action cannot be done with this data (the filing is gone, a status is unknown); retrying would not help.</summary>
public sealed class WorkflowActionRefusedException(string czechReason) : Exception(czechReason);

/// <summary>A registered action: what the editor shows and the service that runs it.</summary>
public sealed record WorkflowActionRegistration(WorkflowActionInfo Info, Type ActionType);
