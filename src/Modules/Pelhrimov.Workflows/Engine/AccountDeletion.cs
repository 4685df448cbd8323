using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;

namespace Pelhrimov.Workflows.Engine;

/// <summary>
/// A deleted citizen account takes its workflow runs along: a run that concerned only that account is deleted with its
/// execution log, finished or not (what it still had to do was for that citizen); a run that also concerns other accounts
/// (a filing of a person two accounts are linked to) loses the deleted account from its data and goes on for the others.
/// </summary>
public sealed class EraseWorkflowRunsOnAccountDeleted(WorkflowsDbContext db, CoreDbContext core) : IEventHandler<CitizenAccountDeleted>
{
    public Task HandleAsync(CitizenAccountDeleted e, EventContext context, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(db, [core], async () =>
        {
            var key = e.AccountId.ToString();
            // The account's id appears in a run's data only in its list of accounts; the text search finds the candidates.
            var runs = await db.Instances.Where(i => i.Data.Contains(key)).ToListAsync(cancellationToken);
            var erased = new List<Guid>();
            foreach (var run in runs)
            {
                var data = JsonSerializer.Deserialize<WorkflowEventData>(run.Data, WorkflowVersion.Json)!;
                var others = data.AccountIds.Where(a => a != e.AccountId).ToList();
                if (others.Count == data.AccountIds.Count)
                {
                    continue;
                }
                if (others.Count == 0)
                {
                    erased.Add(run.Id);
                }
                else
                {
                    run.Data = JsonSerializer.Serialize(data with { AccountIds = others }, WorkflowVersion.Json);
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            foreach (var chunk in erased.Chunk(500))
            {
                await db.Steps.Where(s => chunk.Contains(s.InstanceId)).ExecuteDeleteAsync(cancellationToken);
                await db.CausedEvents.Where(c => chunk.Contains(c.InstanceId)).ExecuteDeleteAsync(cancellationToken);
                await db.Instances.Where(i => chunk.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
            }
            await context.CompleteAsync(cancellationToken);
        }, cancellationToken);
}
