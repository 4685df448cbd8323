using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Filings.Services;
using Pelhrimov.People.Data;
using Pelhrimov.People.Domain;
using Pelhrimov.Tests.Citizens;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;
using Pelhrimov.Workflows.Editing;
using Pelhrimov.Workflows.Engine;

namespace Pelhrimov.Tests.Workflows;

/// <summary>A test action through the Core extension point: fails the first <c>failures</c> runs of each step, then counts.</summary>
public sealed class FlakyAction : IWorkflowAction
{
    public static readonly ConcurrentDictionary<string, int> Runs = new();

    public static WorkflowActionInfo Info { get; } = new("test.flaky", "Testovací akce", [new("failures", "Kolikrát selhat", Required: false)], []);

    public Task<string> RunAsync(WorkflowActionRequest request, CancellationToken cancellationToken)
    {
        var run = Runs.AddOrUpdate(request.IdempotencyKey, 1, (_, n) => n + 1);
        return run <= int.Parse(request.Parameters.GetValueOrDefault("failures", "0"), System.Globalization.CultureInfo.InvariantCulture)
            ? throw new InvalidOperationException($"Dočasná chyba (běh {run}).")
            : Task.FromResult($"Proběhlo napoprvé? {run == 1}");
    }
}

/// <summary>Settings that make the workflow tests wait seconds, not minutes: the resume job every second, short back-off.</summary>
public static class WorkflowsTesting
{
    public const string WebhookSecret = "tajny-klic-pro-webhooky";

    public static Dictionary<string, string?> Settings() => new()
    {
        ["Scheduler:CheckinInterval"] = "00:00:01",
        ["Scheduler:IdleWaitTime"] = "00:00:01",
        ["Scheduler:Jobs:workflows.resume:Interval"] = "00:00:01",
        ["Workflows:RetryDelays:0"] = "00:00:01",
        ["Workflows:MaxAttempts"] = "3",
        ["Workflows:WebhookSecret"] = WebhookSecret,
        ["Workflows:WebhookRetryDelays:0"] = "00:00:00.100",
        ["Workflows:WebhookTimeout"] = "00:00:05",
    };

    public static void Services(IServiceCollection services) => services.AddWorkflowAction<FlakyAction>();

    public static WorkflowInput Input(string trigger, params (string Action, Dictionary<string, string> Parameters)[] steps) => new()
    {
        Name = "Test " + Guid.NewGuid().ToString("N")[..8],
        Trigger = trigger,
        Steps = [.. steps.Select(s => new StepInput { Action = s.Action, Parameters = s.Parameters })],
    };

    /// <summary>
    /// Limits a filing workflow to one filing. Workflows react to every matching event on the site, so without it the
    /// workflows of the other tests sharing the app would run on this test's filing (and one that changes a status
    /// would start this test's workflow again).
    /// </summary>
    public static WorkflowInput OnlyFor(this WorkflowInput input, Filing filing)
    {
        input.Conditions.Add(new() { Field = "filingId", Operator = ConditionOperators.Equal, Value = filing.Id.ToString() });
        return input;
    }

    /// <summary>Saves the definition as a new workflow and switches it on; returns its id.</summary>
    public static Task<Guid> CreateAsync(this PortalApp app, WorkflowInput input) => app.InScopeAsync(async s =>
    {
        var editor = s.GetRequiredService<WorkflowEditor>();
        Assert.Empty(editor.Validate(input));
        var id = await editor.SaveAsync(null, input, "test", CancellationToken.None);
        await editor.SetEnabledAsync(id, true, CancellationToken.None);
        return id;
    });

    public static Task<List<WorkflowInstance>> InstancesAsync(this PortalApp app, Guid workflowId) =>
        app.InScopeAsync(s => s.GetRequiredService<WorkflowsDbContext>().Instances.AsNoTracking()
            .Where(i => i.WorkflowId == workflowId).OrderBy(i => i.CreatedUtc).ToListAsync());

    public static Task<List<StepLog>> LogAsync(this PortalApp app, Guid instanceId) =>
        app.InScopeAsync(s => s.GetRequiredService<WorkflowsDbContext>().Steps.AsNoTracking()
            .Where(l => l.InstanceId == instanceId).OrderBy(l => l.Id).ToListAsync());

    /// <summary>Waits (polling the database, at most 30 s) until the workflow has instances that all satisfy the condition.</summary>
    public static async Task<List<WorkflowInstance>> WaitForInstancesAsync(this PortalApp app, Guid workflowId, Func<List<WorkflowInstance>, bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var instances = await app.InstancesAsync(workflowId);
            if (instances.Count > 0 && done(instances))
            {
                return instances;
            }
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30),
                "Workflow instances did not reach the expected state: " + string.Join(", ", instances.Select(i => $"{i.Status} {i.LastError}")));
            await Task.Delay(50);
        }
    }

    /// <summary>A registered citizen (confirmed e-mail) linked to a new back-office person id.</summary>
    public static async Task<(Guid AccountId, string Email, string PersonId)> LinkedCitizenAsync(this PortalApp app)
    {
        var email = $"obcan-{Guid.NewGuid():N}@example.cz";
        var account = await EidSignIn.RegisteredAccountAsync(app, email, "Zkouska-Heslo-2026!Obcan");
        var personId = "OS-T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await app.InScopeAsync(s =>
        {
            var db = s.GetRequiredService<PeopleDbContext>();
            db.Links.Add(new PersonLink { AccountId = account.Id, PersonId = personId, Method = LinkMethod.Clerk, LinkedUtc = DateTime.UtcNow, LinkedBy = "test" });
            return db.SaveChangesAsync();
        });
        return (account.Id, email, personId);
    }

    /// <summary>A new filing of the person, through the same service the records system's API uses.</summary>
    public static Task<Filing> FilingAsync(this PortalApp app, string personId) => app.InScopeAsync(async s =>
    {
        var (filing, _) = await s.GetRequiredService<FilingsService>().UpsertAsync("T-" + Guid.NewGuid().ToString("N"),
            new FilingData(personId, "Žádost o parkovací kartu", FilingChannel.Portal, DateTime.UtcNow.AddMinutes(-5), Department: "Odbor dopravy"), "test", CancellationToken.None);
        return filing;
    });

    public static Task ChangeStatusAsync(this PortalApp app, Guid filingId, FilingStatus status, string? note = null) => app.InScopeAsync(async s =>
    {
        var filings = s.GetRequiredService<FilingsService>();
        var filing = (await filings.FindByIdAsync(filingId, CancellationToken.None))!;
        return await filings.ChangeStatusAsync(filing, new StatusChangeRequest(Guid.NewGuid().ToString("N"), status, note, null, "úředník"), CancellationToken.None);
    });
}
