using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pelhrimov.Core.Setup;

/// <summary>Runs a JSON recipe: each step is handed to the module that registered a handler for its name.</summary>
/// <remarks>
/// Each step runs in its own scope, so that one step's tracked entities do not leak into the next. While the steps run,
/// the later steps' handlers are built and prepared (<see cref="IRecipeStepHandler.PrepareAsync"/>), one after another,
/// on the spare core: a new site's setup is on the path of its first response, and building the content step's HTML
/// sanitiser alone takes about 0.2 s (docs/adr/0011-start-up.md).
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

        // In step order, each after the one before, all on the thread pool.
        var prepared = new Task<PreparedStep?>[steps.Count];
        Task previous = Task.CompletedTask;
        for (var i = 0; i < steps.Count; i++)
        {
            var (before, index) = (previous, i);
            // The first step's handler is needed at once; the others are built off this thread.
            prepared[i] = index == 0 ? PrepareAfterAsync(before, index) : Task.Run(() => PrepareAfterAsync(before, index), cancellationToken);
            previous = prepared[i];
        }

        var next = 0;
        try
        {
            for (; next < steps.Count; next++)
            {
                var current = await prepared[next];
                if (current is null)
                {
                    logger.LogWarning("Recipe step {Step} skipped: no module handles it", steps[next].Name);
                    continue;
                }
                await using (current.Scope)
                {
                    logger.LogInformation("Running recipe step {Step}", steps[next].Name);
                    await current.Handler.ExecuteAsync(steps[next].Step, context, cancellationToken);
                }
            }
        }
        finally
        {
            // A step failed: the handlers prepared for the steps after it are not needed.
            for (var i = next + 1; i < steps.Count; i++)
            {
                if (await SafelyAsync(prepared[i]) is { } unused)
                {
                    await unused.Scope.DisposeAsync();
                }
            }
        }

        async Task<PreparedStep?> PrepareAfterAsync(Task before, int index)
        {
            await SafelyAsync(before).ConfigureAwait(false);
            if (!handlers.TryGetValue(steps[index].Name, out var type))
            {
                return null;
            }
            var scope = services.CreateAsyncScope();
            IRecipeStepHandler handler;
            try
            {
                handler = (IRecipeStepHandler)scope.ServiceProvider.GetRequiredService(type);
            }
            catch
            {
                await scope.DisposeAsync();
                throw;
            }
            try
            {
                await handler.PrepareAsync(steps[index].Step, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogDebug(e, "Preparing recipe step {Step} failed; it runs unprepared", steps[index].Name);
            }
            return new PreparedStep(scope, handler);
        }
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

    private static async Task<T?> SafelyAsync<T>(Task<T?> task) where T : class
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch
        {
            // Reported where it matters: by the step it was prepared for, or by the step that failed first.
            return null;
        }
    }

    private static async Task SafelyAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch
        {
            // Only the order matters here; the step reports the failure.
        }
    }

    private sealed record PreparedStep(AsyncServiceScope Scope, IRecipeStepHandler Handler);
}
