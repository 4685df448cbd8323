using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.Tests.Core.Setup;

public sealed class RecipeExecutorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-recipe-").FullName;
    private readonly Journal _journal = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Steps_run_in_order_each_by_its_own_handler_in_its_own_scope()
    {
        await RunAsync("""{ "steps": [ { "name": "First", "n": 1 }, { "name": "second", "n": 2 }, { "name": "First", "n": 3 } ] }""");

        Assert.Equal(["First 1", "Second 2", "First 3"], _journal.Executed);
        // Three steps, three handlers, three scopes, each disposed once its step is done.
        Assert.Equal(3, _journal.Built.Count);
        Assert.Equal(3, _journal.Scopes.Distinct().Count());
        Assert.Equal(3, _journal.DisposedScopes.Count);
    }

    [Fact]
    public async Task Only_the_handlers_of_the_recipe_s_steps_are_built()
    {
        await RunAsync("""{ "steps": [ { "name": "First", "n": 1 } ] }""");

        Assert.Equal(["First"], _journal.Built);
    }

    [Fact]
    public async Task A_step_no_module_handles_is_skipped()
    {
        await RunAsync("""{ "steps": [ { "name": "Parking", "n": 1 }, { "name": "Second", "n": 2 } ] }""");

        Assert.Equal(["Second 2"], _journal.Executed);
    }

    [Fact]
    public async Task A_failing_step_stops_the_recipe_and_releases_the_handler_prepared_for_the_next()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            RunAsync("""{ "steps": [ { "name": "First", "n": 1 }, { "name": "Failing", "n": 2 }, { "name": "Second", "n": 3 } ] }"""));

        Assert.Equal("Step 2 failed", error.Message);
        Assert.Equal(["First 1"], _journal.Executed);
        // The Second handler may have been built ahead of time; whatever was built is disposed.
        Assert.Equal(_journal.Scopes.Count, _journal.DisposedScopes.Count);
    }

    [Fact]
    public async Task Every_step_is_prepared_before_it_runs_and_a_failing_preparation_stops_nothing()
    {
        await RunAsync("""{ "steps": [ { "name": "First", "n": 1 }, { "name": "Unprepared", "n": 2 }, { "name": "Second", "n": 3 } ] }""");

        Assert.Equal(["First 1", "Unprepared 2", "Second 3"], _journal.Executed);
        var events = _journal.Events.ToList();
        foreach (var name in new[] { "First", "Second" })
        {
            Assert.True(events.IndexOf($"prepared {name}") < events.IndexOf($"executed {name}"), string.Join(", ", events));
        }
        Assert.DoesNotContain("prepared Unprepared", events);
    }

    [Fact]
    public async Task Two_handlers_for_one_step_name_are_refused_naming_both()
    {
        var services = new ServiceCollection().AddRecipeStep<FirstHandler>("Zones").AddRecipeStep<SecondHandler>("zones");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            RunAsync("""{ "steps": [ { "name": "Zones", "n": 1 } ] }""", services));

        Assert.Contains(nameof(FirstHandler), error.Message);
        Assert.Contains(nameof(SecondHandler), error.Message);
        Assert.Empty(_journal.Executed);
    }

    private async Task RunAsync(string recipe, IServiceCollection? services = null)
    {
        services ??= new ServiceCollection()
            .AddRecipeStep<FirstHandler>("First")
            .AddRecipeStep<SecondHandler>("Second")
            .AddRecipeStep<FailingHandler>("Failing")
            .AddRecipeStep<FailingPreparationHandler>("Unprepared");
        services.AddSingleton(_journal).AddScoped<ScopeProbe>();
        await using var provider = services.BuildServiceProvider();
        var path = Path.Combine(_folder, "recipe.json");
        await File.WriteAllTextAsync(path, recipe);

        var executor = new RecipeExecutor(provider, provider.GetServices<RecipeStepType>(), TimeProvider.System, NullLogger<RecipeExecutor>.Instance);
        await executor.ExecuteAsync(path, CancellationToken.None);
    }

    private sealed class Journal
    {
        public ConcurrentQueue<string> Built { get; } = new();
        public ConcurrentQueue<string> Executed { get; } = new();
        public ConcurrentQueue<ScopeProbe> Scopes { get; } = new();
        public ConcurrentQueue<ScopeProbe> DisposedScopes { get; } = new();
        public ConcurrentQueue<string> Events { get; } = new();
    }

    /// <summary>One per scope: tells which scope a handler was built in and when that scope is disposed.</summary>
    private sealed class ScopeProbe : IDisposable
    {
        private readonly Journal _journal;

        public ScopeProbe(Journal journal)
        {
            _journal = journal;
            journal.Scopes.Enqueue(this);
        }

        public void Dispose() => _journal.DisposedScopes.Enqueue(this);
    }

    private abstract class RecordingHandler : IRecipeStepHandler
    {
        private readonly Journal _journal;

        /// <param name="scope">Not used: asking for it makes the handler's scope record itself.</param>
        protected RecordingHandler(Journal journal, ScopeProbe scope, string name)
        {
            _journal = journal;
            Name = name;
            journal.Built.Enqueue(name);
        }

        private string Name { get; }

        public virtual Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
        {
            _journal.Executed.Enqueue($"{Name} {step.GetProperty("n").GetInt32()}");
            _journal.Events.Enqueue($"executed {Name}");
            return Task.CompletedTask;
        }

        public virtual Task PrepareAsync(JsonElement step, CancellationToken cancellationToken)
        {
            _journal.Events.Enqueue($"prepared {Name}");
            return Task.CompletedTask;
        }
    }

    private sealed class FirstHandler(Journal journal, ScopeProbe scope) : RecordingHandler(journal, scope, "First");

    private sealed class SecondHandler(Journal journal, ScopeProbe scope) : RecordingHandler(journal, scope, "Second");

    private sealed class FailingPreparationHandler(Journal journal, ScopeProbe scope) : RecordingHandler(journal, scope, "Unprepared")
    {
        public override Task PrepareAsync(JsonElement step, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Preparation failed on purpose");
    }

    private sealed class FailingHandler(Journal journal, ScopeProbe scope) : RecordingHandler(journal, scope, "Failing")
    {
        public override Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"Step {step.GetProperty("n").GetInt32()} failed");
    }
}
