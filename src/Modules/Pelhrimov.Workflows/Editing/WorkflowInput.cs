using Pelhrimov.Workflows.Domain;

namespace Pelhrimov.Workflows.Editing;

/// <summary>The editor's form: a workflow's definition as posted (rows with an empty field or action are ignored).</summary>
public sealed class WorkflowInput
{
    public string? Name { get; set; }

    public string? Trigger { get; set; }

    /// <summary>For a date trigger: days before the date (negative: after).</summary>
    public int TriggerDays { get; set; }

    public string? Cron { get; set; }

    public List<ConditionInput> Conditions { get; set; } = [];

    public List<StepInput> Steps { get; set; } = [];

    public static WorkflowInput From(WorkflowVersion version) => new()
    {
        Name = version.Name,
        Trigger = version.TriggerKey,
        TriggerDays = version.TriggerDays,
        Cron = version.Cron,
        Conditions = [.. version.ReadConditions().Select(c => new ConditionInput { Field = c.Field, Operator = c.Operator, Value = c.Value })],
        Steps = [.. version.ReadSteps().Select(s => new StepInput { Action = s.Action, Parameters = new(s.Parameters) })],
    };
}

public sealed class ConditionInput
{
    public string? Field { get; set; }

    public string? Operator { get; set; }

    public string? Value { get; set; }
}

public sealed class StepInput
{
    public string? Action { get; set; }

    public Dictionary<string, string> Parameters { get; set; } = [];

    /// <summary>Ticked "Odebrat": the row is dropped when the form is posted.</summary>
    public bool Remove { get; set; }
}
