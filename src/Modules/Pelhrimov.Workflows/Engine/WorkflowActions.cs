using Pelhrimov.Core.Workflows;

namespace Pelhrimov.Workflows.Engine;

/// <summary>Every action the site offers: the module's own and those other modules register, by key.</summary>
public sealed class WorkflowActions(IEnumerable<WorkflowActionRegistration> registrations)
{
    public IReadOnlyList<WorkflowActionRegistration> All { get; } = [.. registrations.DistinctBy(r => r.Info.Key)];

    public WorkflowActionRegistration? Find(string? key) => All.FirstOrDefault(r => r.Info.Key == key);

    /// <summary>The actions a trigger with these fields can run (an action needing <c>filingId</c> needs a filing's trigger).</summary>
    public IEnumerable<WorkflowActionRegistration> For(WorkflowTrigger? trigger) =>
        All.Where(r => r.Info.RequiredFields.All(f => trigger?.Info.Fields.Any(x => x.Name == f) == true));
}
