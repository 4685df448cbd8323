using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Setup;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;
using Pelhrimov.Workflows.Editing;

namespace Pelhrimov.Workflows.Recipes;

/// <summary>
/// Recipe step <c>Workflows</c>: the default workflows, through the editor (validated like the admin's form). A workflow
/// whose id exists is left alone, so the step can run again.
/// </summary>
/// <example>
/// { "name": "Workflows", "workflows": [ { "id": "…guid…", "enabled": true, "name": "…", "trigger": "filings.status-changed",
///   "triggerDays": 0, "cron": null, "conditions": [ { "field": "newStatus", "operator": "ne", "value": "prijato" } ],
///   "steps": [ { "action": "notify", "parameters": { "recipient": "citizen", "channels": "email,inbox" } } ] } ] }
/// </example>
public sealed class WorkflowsRecipeStep(WorkflowsDbContext db, WorkflowEditor editor, TimeProvider clock) : IRecipeStepHandler
{
    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.GetProperty("workflows").EnumerateArray())
        {
            var id = item.GetProperty("id").GetGuid();
            if (await db.Workflows.AnyAsync(w => w.Id == id, cancellationToken))
            {
                continue;
            }
            var input = item.Deserialize<WorkflowInput>(WorkflowVersion.Json)!;
            if (editor.Validate(input) is { Count: > 0 } errors)
            {
                throw new InvalidOperationException($"Workflow {id}: " + string.Join(" ", errors.Values));
            }
            db.Workflows.Add(new Workflow { Id = id, CreatedUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
            await editor.SaveAsync(id, input, "ukázková data", cancellationToken);
            await editor.SetEnabledAsync(id, item.TryGetProperty("enabled", out var enabled) && enabled.GetBoolean(), cancellationToken);
        }
    }
}
