using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Workflows;

namespace Pelhrimov.Citizens.Services;

/// <summary><c>citizens.account-created</c> for workflows: how the account was made (<c>eid</c>, <c>registration</c>) and the account itself.</summary>
public sealed class AccountCreatedForWorkflows : IWorkflowEventSource<CitizenAccountCreated>
{
    public static WorkflowTriggerInfo Info { get; } = new("Občan si založil účet",
        [new("method", "Jak (eid, registration)")],
        new(new Dictionary<string, string?> { ["method"] = "eid" }, [Guid.Empty]));

    public Task<WorkflowEventData?> DescribeAsync(CitizenAccountCreated e, CancellationToken cancellationToken) =>
        Task.FromResult<WorkflowEventData?>(new(new Dictionary<string, string?> { ["method"] = e.Method }, [e.AccountId]));
}
