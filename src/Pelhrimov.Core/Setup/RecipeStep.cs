using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

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

/// <summary>
/// Executes one named kind of recipe step (for example <c>Content</c>); contributed by a module with
/// <see cref="RecipeStepRegistration.AddRecipeStep{THandler}"/>. A new instance, in its own scope, runs each step.
/// </summary>
public interface IRecipeStepHandler
{
    Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Optional reading work done ahead of the step, on the spare core while earlier steps run: typically the queries
    /// the step will run, so that EF Core has compiled them when the step starts. It must not write; it may see the
    /// database before earlier steps have committed. A failure is ignored (the step reports its own).
    /// </summary>
    Task PrepareAsync(JsonElement step, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The handler of the recipe steps called <paramref name="Name"/> (compared ignoring case).</summary>
public sealed record RecipeStepType(string Name, Type HandlerType);

public static class RecipeStepRegistration
{
    /// <summary>
    /// Makes <typeparamref name="THandler"/> run the recipe steps called <paramref name="stepName"/>. Only the handler of
    /// the step being run is built, so a step's dependencies (an HTML sanitiser, Identity) cost nothing to the others.
    /// </summary>
    public static IServiceCollection AddRecipeStep<THandler>(this IServiceCollection services, string stepName)
        where THandler : class, IRecipeStepHandler
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stepName);
        services.AddScoped<THandler>();
        return services.AddSingleton(new RecipeStepType(stepName, typeof(THandler)));
    }
}

/// <summary>Work a module does once when a new site is set up, after the recipe ran (for example: the first administrator).</summary>
public interface ISetupTask
{
    int Order => 0;

    Task RunAsync(CancellationToken cancellationToken);
}
