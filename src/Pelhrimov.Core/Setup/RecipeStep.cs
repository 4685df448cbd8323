using System.Text.Json;

namespace Pelhrimov.Core.Setup;

/// <summary>What a recipe step may use: where the recipe's files are and the moment setup started.</summary>
public sealed record RecipeContext(string BasePath, DateTime StartedUtc)
{
    public string ResolvePath(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(BasePath, relative));
        if (!full.StartsWith(Path.GetFullPath(BasePath), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Recipe file '{relative}' lies outside the recipe folder.");
        }
        return full;
    }
}

/// <summary>Executes one named kind of recipe step (for example <c>Content</c>); contributed by a module.</summary>
public interface IRecipeStepHandler
{
    string StepName { get; }

    Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken);
}

/// <summary>Work a module does once when a new site is set up, after the recipe ran (for example: the first administrator).</summary>
public interface ISetupTask
{
    int Order => 0;

    Task RunAsync(CancellationToken cancellationToken);
}
