namespace Pelhrimov.Workflows.Domain;

public enum InstanceStatus
{
    /// <summary>Created or resumed; the next step is due at <see cref="WorkflowInstance.NextRunUtc"/>.</summary>
    Ready,

    /// <summary>Waiting for a period or a date (a "wait" step).</summary>
    Waiting,

    /// <summary>A step failed; it is tried again at <see cref="WorkflowInstance.NextRunUtc"/>.</summary>
    Retrying,

    Completed,

    /// <summary>A step failed for good (out of attempts, or the action refused the data).</summary>
    Failed,

    /// <summary>Stopped by the loop guard before its first step.</summary>
    Stopped,
}

/// <summary>One run of a workflow version for one occurrence of its trigger (unique per workflow and source).</summary>
public sealed class WorkflowInstance
{
    public const int SourceKeyMaxLength = 200;

    public Guid Id { get; set; }

    public Guid WorkflowId { get; set; }

    /// <summary>The version it started on and finishes on, whatever is edited meanwhile.</summary>
    public int Version { get; set; }

    /// <summary>What started it: <c>event:{id}</c>, <c>cron:{fire time}</c>, <c>date:{item key}</c>, or <c>try:{id}</c>.</summary>
    public string SourceKey { get; set; } = "";

    public InstanceStatus Status { get; set; }

    /// <summary>The trigger's data (<c>WorkflowEventData</c> as JSON).</summary>
    public string Data { get; set; } = "{}";

    /// <summary>Ids of the workflows whose actions led to this instance, ending with its own (the loop guard).</summary>
    public string Chain { get; set; } = "";

    public int NextStep { get; set; }

    /// <summary>Failed attempts of the next step so far.</summary>
    public int StepAttempts { get; set; }

    public DateTime NextRunUtc { get; set; }

    public Guid? LeaseToken { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public string? LastError { get; set; }

    public bool IsFinished => Status is InstanceStatus.Completed or InstanceStatus.Failed or InstanceStatus.Stopped;

    public int Depth => Chain.Length == 0 ? 0 : Chain.Split(',').Length;
}

public enum StepOutcome
{
    Done,
    Failed,
    Waiting,
    Stopped,
}

/// <summary>A line of an instance's execution log: one attempt of one step.</summary>
public sealed class StepLog
{
    public long Id { get; set; }

    public Guid InstanceId { get; set; }

    public int StepIndex { get; set; }

    public string Action { get; set; } = "";

    public int Attempt { get; set; }

    public StepOutcome Outcome { get; set; }

    public string? Input { get; set; }

    public string? Result { get; set; }

    public string? Error { get; set; }

    public DateTime StartedUtc { get; set; }

    public int DurationMs { get; set; }
}

/// <summary>A domain event published by a workflow step, with the chain of workflows that caused it (the loop guard).</summary>
public sealed class CausedEvent
{
    public long EventId { get; set; }

    public Guid InstanceId { get; set; }

    public string Chain { get; set; } = "";
}
