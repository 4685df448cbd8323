#pragma warning disable EF1001 // DesignTimeServicesBuilder is what `dotnet ef dbcontext optimize` uses; it is internal API.
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Tests.Core.Data;

/// <summary>
/// Every module's provider contexts ship an EF Core compiled model (Data/CompiledModels/{Sqlite,Postgres}), which EF
/// Core uses instead of building the model at start-up (docs/adr/0011-start-up.md). A compiled model that no longer
/// matches the code would make EF Core read and write the wrong columns, so each one is generated here again from the
/// code and compared with the committed files; <c>bash scripts/database-code.sh</c> writes them after a model change.
/// </summary>
public sealed partial class CompiledModelsTests
{
    public static TheoryData<string> ProviderContexts() => GeneratedDatabaseCode.FactoryNames();

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void The_committed_compiled_model_is_the_one_the_code_generates(string factoryName)
    {
        var (contextType, provider) = GeneratedDatabaseCode.Describe(factoryName);
        var committed = Path.Combine(GeneratedDatabaseCode.ProjectFolder(contextType.Assembly), "Data", "CompiledModels", provider);

        var stale = GeneratedDatabaseCode.Compare(Generate(factoryName, $"{contextType.Namespace}.CompiledModels.{provider}"),
            committed, "*.cs", text => ModelId().Replace(text, "modelId: new Guid()"));

        Assert.True(stale.Count == 0,
            $"The compiled model of {contextType.Name} in {committed} does not match the code ({string.Join(", ", stale)}). " +
            "Run `bash scripts/database-code.sh` and commit the result.");
    }

    [Fact]
    public void Every_context_with_migrations_has_a_design_time_factory_and_a_compiled_model()
    {
        var contexts = GeneratedDatabaseCode.Factories()
            .Select(f => GeneratedDatabaseCode.Describe(f.FullName!).Context)
            .ToHashSet();
        // The provider contexts are the ones migrations are written for.
        var providerContexts = GeneratedDatabaseCode.SiteAssemblies()
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(Migration)))
            .Select(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType)
            .OfType<Type>()
            .Distinct()
            .ToList();

        Assert.NotEmpty(providerContexts);
        Assert.All(providerContexts, t => Assert.Contains(t, contexts));
        // Used at run time: EF Core finds the compiled model through the assembly attribute the generator writes.
        Assert.All(providerContexts, t => Assert.Contains(
            t.Assembly.GetCustomAttributes<DbContextModelAttribute>(), a => a.ContextType == t));
    }

    /// <summary>The compiled model's files by name, as <c>dotnet ef dbcontext optimize</c> would write them.</summary>
    private static Dictionary<string, string> Generate(string factoryName, string modelNamespace)
    {
        using var context = GeneratedDatabaseCode.Create(factoryName);
        var contextType = context.GetType();
        var folder = Path.Combine(Path.GetTempPath(), "portal-compiled-model-" + Guid.NewGuid().ToString("N"));
        try
        {
            var services = new DesignTimeServicesBuilder(contextType.Assembly, contextType.Assembly, new OperationReporter(handler: null), [])
                .Build(context);
            services.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(
                context.GetService<IDesignTimeModel>().Model,
                folder,
                new CompiledModelCodeGenerationOptions
                {
                    ContextType = contextType,
                    ModelNamespace = modelNamespace,
                    Language = "C#",
                    UseNullableReferenceTypes = true,
                });
            return Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The random id each generation gives the model, set aside when comparing.</summary>
    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]{36}"\)""")]
    private static partial Regex ModelId();
}
