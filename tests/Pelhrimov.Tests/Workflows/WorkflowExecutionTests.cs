using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Filings.Data;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Workflows.Actions;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;
using Pelhrimov.Workflows.Engine;
using Pelhrimov.Workflows.Jobs;

namespace Pelhrimov.Tests.Workflows;

/// <summary>Execution: retries with back-off, webhooks (signature, retries, not blocking), the loop guard, pruning.</summary>
public sealed class WorkflowExecutionTests(WorkflowsFixture fixture) : IClassFixture<WorkflowsFixture>
{
    private PortalApp App => fixture.App;

    [Fact]
    public async Task A_failing_step_is_retried_with_back_off_and_each_step_completes_exactly_once()
    {
        var instance = await RunFailingOnceThenPassingAsync();
        var log = await App.LogAsync(instance.Id);
        Assert.Equal([(0, 1, StepOutcome.Failed), (0, 2, StepOutcome.Done), (1, 1, StepOutcome.Done)], log.Select(l => (l.StepIndex, l.Attempt, l.Outcome)));
        Assert.Contains("Dočasná chyba", log[0].Error);
        Assert.Equal(2, FlakyAction.Runs[$"{instance.Id:N}-0"]);
        Assert.Equal(1, FlakyAction.Runs[$"{instance.Id:N}-1"]);
    }

    [Fact]
    public async Task Each_run_of_an_action_is_a_workflow_action_span_tagged_with_its_instance_and_step_and_a_failed_run_is_marked_as_an_error()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == WorkflowTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var instance = await RunFailingOnceThenPassingAsync();
        var mine = spans.Where(a => Equals(a.GetTagItem("workflow.instance"), instance.Id)).ToList();
        Assert.Equal([(0, ActivityStatusCode.Error), (0, ActivityStatusCode.Unset), (1, ActivityStatusCode.Unset)],
            mine.Select(a => ((int)a.GetTagItem("workflow.step")!, a.Status)));
        Assert.All(mine, a => Assert.Equal(("workflow.action", "test.flaky"), (a.OperationName, (string)a.GetTagItem("workflow.action")!)));
    }

    // A workflow of two steps, the first failing once, run to completion on a filing's status change.
    private async Task<WorkflowInstance> RunFailingOnceThenPassingAsync()
    {
        var (_, _, personId) = await App.LinkedCitizenAsync();
        var filing = await App.FilingAsync(personId);
        var workflow = await App.CreateAsync(WorkflowsTesting.Input("filings.status-changed",
            ("test.flaky", new() { ["failures"] = "1" }), ("test.flaky", new() { ["failures"] = "0" })).OnlyFor(filing));

        await App.ChangeStatusAsync(filing.Id, FilingStatus.InProgress);

        return Assert.Single(await App.WaitForInstancesAsync(workflow, i => i.All(x => x.Status == InstanceStatus.Completed)));
    }

    [Fact]
    public async Task A_first_step_that_fails_rolls_back_only_itself_when_another_workflows_first_step_went_before_it_in_the_same_transaction()
    {
        var (_, _, personId) = await App.LinkedCitizenAsync();
        var filing = await App.FilingAsync(personId);
        var first = await App.CreateAsync(WorkflowsTesting.Input("filings.status-changed", ("test.flaky", new() { ["failures"] = "0" })).OnlyFor(filing));
        var second = await App.CreateAsync(WorkflowsTesting.Input("filings.status-changed", ("test.flaky", new() { ["failures"] = "1" })).OnlyFor(filing));

        await App.ChangeStatusAsync(filing.Id, FilingStatus.InProgress);

        // Both first steps run in the event's transaction, the older workflow's first; the second one's failure goes back
        // to its own savepoint and leaves the first one's step and move in place.
        var done = Assert.Single(await App.WaitForInstancesAsync(first, i => i.All(x => x.Status == InstanceStatus.Completed)));
        var retried = Assert.Single(await App.WaitForInstancesAsync(second, i => i.All(x => x.Status == InstanceStatus.Completed)));
        Assert.Equal([(0, 1, StepOutcome.Done)], (await App.LogAsync(done.Id)).Select(l => (l.StepIndex, l.Attempt, l.Outcome)));
        Assert.Equal(1, FlakyAction.Runs[$"{done.Id:N}-0"]);
        Assert.Equal([(0, 1, StepOutcome.Failed), (0, 2, StepOutcome.Done)], (await App.LogAsync(retried.Id)).Select(l => (l.StepIndex, l.Attempt, l.Outcome)));
        Assert.Equal(2, FlakyAction.Runs[$"{retried.Id:N}-0"]);
    }

    [Fact]
    public async Task A_webhook_is_signed_retried_with_one_idempotency_key_and_a_dead_one_does_not_block_the_next_action()
    {
        using var receiver = new WebhookReceiver(failFirst: 1);
        using var dead = new WebhookReceiver(failFirst: int.MaxValue);
        var (_, _, personId) = await App.LinkedCitizenAsync();
        var filing = await App.FilingAsync(personId);
        var workflow = await App.CreateAsync(WorkflowsTesting.Input("filings.status-changed",
            ("webhook", new() { ["url"] = dead.Url }), ("webhook", new() { ["url"] = receiver.Url }), ("test.flaky", [])).OnlyFor(filing));

        await App.ChangeStatusAsync(filing.Id, FilingStatus.InProgress);

        var instance = Assert.Single(await App.WaitForInstancesAsync(workflow, i => i.All(x => x.Status == InstanceStatus.Completed)));
        var log = await App.LogAsync(instance.Id);
        Assert.Equal([StepOutcome.Failed, StepOutcome.Done, StepOutcome.Done], log.Select(l => l.Outcome));
        Assert.Contains("kódem 500", log[0].Error);
        Assert.Equal(2, dead.Requests.Count);                     // WebhookRetryDelays has one delay: two attempts
        Assert.Equal(2, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.Equal($"{instance.Id:N}-1", r.IdempotencyKey));
        Assert.All(receiver.Requests, r => Assert.Equal(WebhookAction.Sign(WorkflowsTesting.WebhookSecret, r.Body), r.Signature));
        Assert.Contains(filing.Reference, receiver.Requests[1].Body);
    }

    [Fact]
    public async Task A_workflow_whose_action_triggers_itself_is_stopped_by_the_loop_guard_with_a_log_entry()
    {
        var (_, _, personId) = await App.LinkedCitizenAsync();
        var filing = await App.FilingAsync(personId);
        var workflow = await App.CreateAsync(WorkflowsTesting.Input("filings.status-changed",
            ("filings.change-status", new() { ["status"] = "v-reseni", ["note"] = "Převzato automaticky." })).OnlyFor(filing));

        await App.ChangeStatusAsync(filing.Id, FilingStatus.AwaitingCompletion);

        var instances = await App.WaitForInstancesAsync(workflow, i => i.Count == 2 && i.All(x => x.IsFinished));
        Assert.Equal([InstanceStatus.Completed, InstanceStatus.Stopped], instances.Select(i => i.Status));
        var stopped = Assert.Single(await App.LogAsync(instances[1].Id));
        Assert.Equal(StepOutcome.Stopped, stopped.Outcome);
        Assert.Contains("sám", stopped.Error);
        var changes = await App.InScopeAsync(s => s.GetRequiredService<FilingsDbContext>().StatusChanges.CountAsync(c => c.FilingId == filing.Id && c.Actor == "pracovní postup"));
        Assert.Equal(1, changes);
    }

    [Fact]
    public async Task Finished_instances_older_than_the_retention_are_pruned_with_their_log_and_the_rest_is_kept()
    {
        var workflow = await App.CreateAsync(WorkflowsTesting.Input("citizens.account-created", ("test.flaky", [])));
        // Finished 40 days ago (pruned), still waiting (kept), finished yesterday (kept).
        var ids = new[] { (InstanceStatus.Completed, (DateTime?)DateTime.UtcNow.AddDays(-40)), (InstanceStatus.Waiting, null), (InstanceStatus.Failed, DateTime.UtcNow.AddDays(-1)) }
            .Select(x => (Id: Guid.NewGuid(), Status: x.Item1, Finished: x.Item2)).ToList();
        await App.InScopeAsync(s =>
        {
            var db = s.GetRequiredService<WorkflowsDbContext>();
            foreach (var (id, status, finished) in ids)
            {
                db.Instances.Add(new WorkflowInstance { Id = id, WorkflowId = workflow, Version = 1, SourceKey = "test:" + id, Status = status, CreatedUtc = DateTime.UtcNow.AddDays(-41), FinishedUtc = finished, NextRunUtc = DateTime.UtcNow.AddYears(1) });
                db.Steps.Add(new StepLog { InstanceId = id, Action = "test.flaky", StartedUtc = DateTime.UtcNow.AddDays(-41) });
            }
            return db.SaveChangesAsync();
        });

        await App.InScopeAsync(async s =>
        {
            await s.GetRequiredService<PruneJob>().RunAsync(new ScheduledRun(PruneJob.Name, DateTime.UtcNow, DateTime.UtcNow), CancellationToken.None);
            return true;
        });

        var left = (await App.InstancesAsync(workflow)).Select(i => i.Id).ToList();
        Assert.Equal(new[] { ids[1].Id, ids[2].Id }.Order(), left.Order());
        Assert.Empty(await App.LogAsync(ids[0].Id));
        Assert.Single(await App.LogAsync(ids[1].Id));
    }

    /// <summary>A webhook endpoint on loopback that answers 500 to the first requests, then 200, and records what it got.</summary>
    private sealed class WebhookReceiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly int _failFirst;

        public WebhookReceiver(int failFirst)
        {
            _failFirst = failFirst;
            var port = PortalApp.FreePort();
            Url = $"http://127.0.0.1:{port}/hook/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public List<(string Body, string? Signature, string? IdempotencyKey)> Requests { get; } = [];

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                int count;
                lock (Requests)
                {
                    Requests.Add((body, context.Request.Headers[WebhookAction.SignatureHeader], context.Request.Headers["Idempotency-Key"]));
                    count = Requests.Count;
                }
                context.Response.StatusCode = count <= _failFirst ? 500 : 200;
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }
}
