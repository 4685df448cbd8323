namespace Pelhrimov.Workflows.Domain;

/// <summary>Czech names of a run's status and a log line's outcome.</summary>
public static class InstanceStatusLabels
{
    public static string Text(InstanceStatus status) => status switch
    {
        InstanceStatus.Ready => "Běží",
        InstanceStatus.Waiting => "Čeká",
        InstanceStatus.Retrying => "Zkusí se znovu",
        InstanceStatus.Completed => "Dokončeno",
        InstanceStatus.Failed => "Selhalo",
        InstanceStatus.Stopped => "Zastaveno",
        _ => status.ToString(),
    };

    public static string Text(StepOutcome outcome) => outcome switch
    {
        StepOutcome.Done => "Hotovo",
        StepOutcome.Failed => "Chyba",
        StepOutcome.Waiting => "Čeká",
        StepOutcome.Stopped => "Zastaveno",
        _ => outcome.ToString(),
    };

    public static string CssClass(InstanceStatus status) => status switch
    {
        InstanceStatus.Completed => "status--published",
        InstanceStatus.Failed or InstanceStatus.Stopped => "status--draft",
        _ => "status--scheduled",
    };
}
