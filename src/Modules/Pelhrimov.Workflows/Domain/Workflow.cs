using System.Text.Json;

namespace Pelhrimov.Workflows.Domain;

/// <summary>A workflow: its current name and version, whether it runs, and (for a schedule) its next fire time.</summary>
public sealed class Workflow
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public bool Enabled { get; set; }

    /// <summary>The version new instances start on: the highest.</summary>
    public int CurrentVersion { get; set; }

    /// <summary>The current version's trigger key, to find the workflows an event starts with one indexed query.</summary>
    public string TriggerKey { get; set; } = "";

    /// <summary>
    /// The next fire time of a schedule (cron) workflow; for a date trigger the cursor of the daily check (the start, in
    /// Prague, of the last day checked; <c>DateCatchUp</c>); null for other triggers, or before a date trigger's first check.
    /// </summary>
    public DateTime? NextFireUtc { get; set; }

    /// <summary>When it was last switched on: events that happened before are not its business (a late delivery, the sample
    /// recipe's own events dispatched after set-up).</summary>
    public DateTime? EnabledSinceUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

/// <summary>One version of a workflow's definition. Saving appends a version; a stored version never changes.</summary>
public sealed class WorkflowVersion
{
    public long Id { get; set; }

    public Guid WorkflowId { get; set; }

    public int Number { get; set; }

    public string Name { get; set; } = "";

    /// <summary>An event's name (<c>filings.status-changed</c>), a date source's key, or <see cref="ScheduleTrigger"/>.</summary>
    public string TriggerKey { get; set; } = "";

    /// <summary>For a date trigger: days before the date (negative: after it).</summary>
    public int TriggerDays { get; set; }

    /// <summary>For a schedule: the Quartz cron expression (<c>0 0 7 * * ?</c>).</summary>
    public string? Cron { get; set; }

    /// <summary>The conditions as JSON (<see cref="WorkflowCondition"/>[]); all must hold.</summary>
    public string Conditions { get; set; } = "[]";

    /// <summary>The ordered actions as JSON (<see cref="WorkflowStep"/>[]).</summary>
    public string Steps { get; set; } = "[]";

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public const string ScheduleTrigger = "schedule";

    public IReadOnlyList<WorkflowCondition> ReadConditions() => JsonSerializer.Deserialize<List<WorkflowCondition>>(Conditions, Json) ?? [];

    public IReadOnlyList<WorkflowStep> ReadSteps() => JsonSerializer.Deserialize<List<WorkflowStep>>(Steps, Json) ?? [];

    public static readonly JsonSerializerOptions Json = Core.Events.DomainEvents.Json;
}

/// <summary>A condition over one field of the event (<see cref="ConditionOperators"/>).</summary>
public sealed record WorkflowCondition(string Field, string Operator, string? Value);

/// <summary>An action with its parameters (<c>recipient</c>, <c>url</c>, …).</summary>
public sealed record WorkflowStep(string Action, Dictionary<string, string> Parameters);
