using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pelhrimov.Core.Setup;

/// <summary>Runs a JSON recipe: each step is handed to the module that registered a handler for its name.</summary>
/// <remarks>
/// Each step runs in its own scope, so that one step's tracked entities do not leak into the next. While a step runs,
/// the next step's handler and its services are built on the spare core: a new site's setup is on the path of its
/// first response, and building the content step's HTML sanitiser alone takes about 0.2 s (docs/adr/0011-start-up.md).
/// </remarks>
public sealed class RecipeExecutor(IServiceProvider services, IEnumerable<RecipeStepType> stepTypes, TimeProvider clock, ILogger<RecipeExecutor> logger)
{
    public async Task ExecuteAsync(string recipePath, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(recipePath);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        var context = new RecipeContext(Path.GetDirectoryName(recipePath)!, clock.GetUtcNow().UtcDateTime);
        var handlers = HandlerTypes();
        var steps = document.RootElement.GetProperty("steps").EnumerateArray()
            .Select(step => (Name: step.GetProperty("name").GetString() ?? "", Step: step))
            .ToList();

        var next = Prepare(0);
        try
        {
            for (var i = 0; i < steps.Count; i++)
            {
                var current = await next;
                next = Prepare(i + 1);
                if (current is null)
                {
                    logger.LogWarning("Recipe step {Step} skipped: no module handles it", steps[i].Name);
                    continue;
                }
                await using (current.Scope)
                {
                    logger.LogInformation("Running recipe step {Step}", steps[i].Name);
                    await current.Handler.ExecuteAsync(steps[i].Step, context, cancellationToken);
                }
            }
        }
        finally
        {
            // A step failed (or all ran): the handler prepared for the step after it is not needed.
            if (await SafelyAsync(next) is { } unused)
            {
                await unused.Scope.DisposeAsync();
            }
        }

        Task<PreparedStep?> Prepare(int index) =>
            index >= steps.Count || !handlers.TryGetValue(steps[index].Name, out var type)
                ? Task.FromResult<PreparedStep?>(null)
                : Task.Run(async () =>
                {
                    var scope = services.CreateAsyncScope();
                    try
                    {
                        return (PreparedStep?)new PreparedStep(scope, (IRecipeStepHandler)scope.ServiceProvider.GetRequiredService(type));
                    }
                    catch
                    {
                        await scope.DisposeAsync();
                        throw;
                    }
                }, cancellationToken);
    }

    private Dictionary<string, Type> HandlerTypes()
    {
        var handlers = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        foreach (var stepType in stepTypes)
        {
            if (!handlers.TryAdd(stepType.Name, stepType.HandlerType))
            {
                throw new InvalidOperationException(
                    $"Recipe step {stepType.Name} has two handlers: {handlers[stepType.Name].FullName} and {stepType.HandlerType.FullName}.");
            }
        }
        return handlers;
    }

    private static async Task<PreparedStep?> SafelyAsync(Task<PreparedStep?> prepared)
    {
        try
        {
            return await prepared;
        }
        catch
        {
            // Its failure would have been reported when its step ran; a step before it failed first.
            return null;
        }
    }

    private sealed record PreparedStep(AsyncServiceScope Scope, IRecipeStepHandler Handler);
}
