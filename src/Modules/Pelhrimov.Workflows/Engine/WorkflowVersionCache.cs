using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;

namespace Pelhrimov.Workflows.Engine;

/// <summary>A workflow version as the engine uses it: its number, conditions and steps, parsed once.</summary>
public sealed record CachedVersion(int Number, IReadOnlyList<WorkflowCondition> Conditions, IReadOnlyList<WorkflowStep> Steps);

/// <summary>
/// Workflow versions by workflow and number, read from the database once per node: a stored version never changes (saving
/// a workflow appends a new one, and instances keep theirs), so nothing has to invalidate an entry. Before, every event
/// read the current version of each workflow it started, and every step read its instance's version again.
/// </summary>
public sealed class WorkflowVersionCache
{
    // Far more than a town has; past it the cache starts again rather than grow without end.
    private const int Limit = 1024;

    private readonly ConcurrentDictionary<(Guid WorkflowId, int Number), CachedVersion> _versions = new();

    public async Task<CachedVersion> GetAsync(WorkflowsDbContext db, Guid workflowId, int number, CancellationToken cancellationToken)
    {
        if (_versions.TryGetValue((workflowId, number), out var known))
        {
            return known;
        }
        var version = await db.Versions.AsNoTracking().SingleAsync(v => v.WorkflowId == workflowId && v.Number == number, cancellationToken);
        var parsed = new CachedVersion(version.Number, version.ReadConditions(), version.ReadSteps());
        if (_versions.Count >= Limit)
        {
            _versions.Clear();
        }
        _versions[(workflowId, number)] = parsed;
        return parsed;
    }
}
