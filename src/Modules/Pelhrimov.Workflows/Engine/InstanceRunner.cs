using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;

namespace Pelhrimov.Workflows.Engine;

/// <summary>
/// Runs an instance's due steps on this node: claims it with a lease (one UPDATE, so two nodes never run it at once), unless
/// this node created it with its lease on it, then runs one step per DI scope until it waits, fails, retries later or completes.
/// </summary>
public sealed class InstanceRunner(IServiceScopeFactory scopes, IOptions<WorkflowOptions> options, TimeProvider clock)
{
    public async Task<bool> RunAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        if (!await ClaimAsync(instanceId, token, cancellationToken))
        {
            return false;
        }
        await RunHeldAsync(instanceId, token, cancellationToken);
        return true;
    }

    /// <summary>Runs the due steps of an instance this node already holds the lease <paramref name="token"/> on (it created
    /// it so); a step finds out when the lease lapsed and another node took the instance over.</summary>
    public async Task RunHeldAsync(Guid instanceId, Guid token, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<StepExecutor>().RunNextAsync(instanceId, token, cancellationToken))
            {
                break;
            }
        }
    }

    private async Task<bool> ClaimAsync(Guid id, Guid token, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.Value.LeaseDuration;
        return await db.Instances
            .Where(i => i.Id == id && (i.Status == InstanceStatus.Ready || i.Status == InstanceStatus.Waiting || i.Status == InstanceStatus.Retrying)
                && i.NextRunUtc <= now && (i.LeaseUntilUtc == null || i.LeaseUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseToken, token).SetProperty(i => i.LeaseUntilUtc, until)
                .SetProperty(i => i.Status, InstanceStatus.Ready), cancellationToken) == 1;
    }

    /// <summary>Instances due now whose lease (if any) lapsed: those left by a restart, a wait that ended, a retry.</summary>
    public static async Task<IReadOnlyList<Guid>> DueAsync(WorkflowsDbContext db, DateTime now, CancellationToken cancellationToken) =>
        await db.Instances.AsNoTracking()
            .Where(i => (i.Status == InstanceStatus.Ready || i.Status == InstanceStatus.Waiting || i.Status == InstanceStatus.Retrying)
                && i.NextRunUtc <= now && (i.LeaseUntilUtc == null || i.LeaseUntilUtc < now))
            .OrderBy(i => i.NextRunUtc).Select(i => i.Id).Take(200).ToListAsync(cancellationToken);
}
