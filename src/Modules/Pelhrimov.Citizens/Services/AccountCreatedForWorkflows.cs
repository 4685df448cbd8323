using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Workflows;

namespace Pelhrimov.Citizens.Services;

/// <summary>
/// <c>citizens.account-created</c> for workflows: how the account was made (<c>eid</c>, <c>registration</c>), the account
/// itself, and the values of the welcome notification (<c>citizen.welcome</c>).
/// </summary>
public sealed class AccountCreatedForWorkflows(SiteAddress site) : IWorkflowEventSource<CitizenAccountCreated>
{
    private const string WelcomeKind = "citizen.welcome";

    public static WorkflowTriggerInfo Info { get; } = new("Občan si založil účet",
        [new("method", "Jak (eid, registration)")],
        new(new Dictionary<string, string?> { ["method"] = "eid" }, [Guid.Empty],
            Welcome("eid", "https://www.pelhrimov.cz/muj-portal")),
        WelcomeKind);

    public Task<WorkflowEventData?> DescribeAsync(CitizenAccountCreated e, CancellationToken cancellationToken) =>
        Task.FromResult<WorkflowEventData?>(new(new Dictionary<string, string?> { ["method"] = e.Method }, [e.AccountId],
            Welcome(e.Method, new Uri(site.Root, "muj-portal").ToString())));

    private static WorkflowNotificationValues Welcome(string method, string url) => new(WelcomeKind, new Dictionary<string, object?>
    {
        ["Method"] = method == "eid" ? "identitou občana" : "registrací e-mailem",
        ["Url"] = url,
    });
}
