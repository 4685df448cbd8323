using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pelhrimov.Core.Setup;

/// <summary>Runs a JSON recipe: each step is handed to the module that registered a handler for its name.</summary>
public sealed class RecipeExecutor(IServiceProvider services, TimeProvider clock, ILogger<RecipeExecutor> logger)
{
    public async Task ExecuteAsync(string recipePath, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(recipePath);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        var context = new RecipeContext(Path.GetDirectoryName(recipePath)!, clock.GetUtcNow().UtcDateTime);

        foreach (var step in document.RootElement.GetProperty("steps").EnumerateArray())
        {
            var name = step.GetProperty("name").GetString();
            // Each step in its own scope so that one step's tracked entities do not leak into the next.
            await using var scope = services.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices<IRecipeStepHandler>()
                .FirstOrDefault(h => string.Equals(h.StepName, name, StringComparison.OrdinalIgnoreCase));
            if (handler is null)
            {
                logger.LogWarning("Recipe step {Step} skipped: no module handles it", name);
                continue;
            }
            logger.LogInformation("Running recipe step {Step}", name);
            await handler.ExecuteAsync(step, context, cancellationToken);
        }
    }
}
