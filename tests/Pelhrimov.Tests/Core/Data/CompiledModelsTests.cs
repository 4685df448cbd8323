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
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Modules;

namespace Pelhrimov.Tests.Core.Data;

/// <summary>
/// Every module's provider contexts ship an EF Core compiled model (Data/CompiledModels/{Sqlite,Postgres}), which EF
/// Core uses instead of building the model at start-up (docs/adr/0011-start-up.md). A compiled model that no longer
/// matches the code would make EF Core read and write the wrong columns, so each one is generated here again from the
/// code and compared with the committed files. <c>bash scripts/compiled-models.sh</c> (which runs this test with
/// <see cref="UpdateVariable"/>=1) writes them after a model change.
/// </summary>
public sealed partial class CompiledModelsTests
{
    public const string UpdateVariable = "PORTAL_UPDATE_COMPILED_MODELS";

    public static TheoryData<string> ProviderContexts()
    {
        var data = new TheoryData<string>();
        foreach (var factory in DesignTimeFactories())
        {
            data.Add(factory.FullName!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void The_committed_compiled_model_is_the_one_the_code_generates(string factoryName)
    {
        var factory = DesignTimeFactories().Single(t => t.FullName == factoryName);
        var provider = ProviderFolder(factory);
        var contextType = factory.GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>))
            .GetGenericArguments()[0];
        var committed = Path.Combine(ProjectFolder(contextType.Assembly), "Data", "CompiledModels", provider);
        var modelNamespace = $"{contextType.Namespace}.CompiledModels.{provider}";

        var generated = Path.Combine(Path.GetTempPath(), "portal-compiled-model-" + Guid.NewGuid().ToString("N"));
        try
        {
            Generate(factory, contextType, modelNamespace, generated);
            var expected = Files(generated);
            var actual = Directory.Exists(committed) ? Files(committed) : new Dictionary<string, string>();
            var stale = expected.Keys.Union(actual.Keys)
                .Where(name => !expected.TryGetValue(name, out var e) || !actual.TryGetValue(name, out var a) || e != a)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            {
                // Only the files that changed are rewritten, so that an unchanged model keeps its model id.
                Directory.CreateDirectory(committed);
                foreach (var name in stale)
                {
                    var target = Path.Combine(committed, name);
                    if (expected.ContainsKey(name))
                    {
                        File.Copy(Path.Combine(generated, name), target, overwrite: true);
                    }
                    else
                    {
                        File.Delete(target);
                    }
                }
                return;
            }

            Assert.True(stale.Count == 0,
                $"The compiled model of {contextType.Name} in {committed} does not match the code ({string.Join(", ", stale)}). " +
                "Run `bash scripts/compiled-models.sh` and commit the result.");
        }
        finally
        {
            if (Directory.Exists(generated))
            {
                Directory.Delete(generated, recursive: true);
            }
        }
    }

    [Fact]
    public void Every_context_with_migrations_has_a_design_time_factory_and_a_compiled_model()
    {
        var contexts = DesignTimeFactories()
            .Select(f => f.GetInterfaces().Single(i => i.IsGenericType).GetGenericArguments()[0])
            .ToHashSet();
        // The provider contexts are the ones migrations are written for.
        var providerContexts = SiteAssemblies()
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

    private static void Generate(Type factory, Type contextType, string modelNamespace, string outputFolder)
    {
        var create = factory.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
        using var context = (DbContext)create.Invoke(Activator.CreateInstance(factory), [Array.Empty<string>()])!;
        var reporter = new OperationReporter(handler: null);
        var services = new DesignTimeServicesBuilder(contextType.Assembly, contextType.Assembly, reporter, []).Build(context);
        var scaffolder = services.GetRequiredService<ICompiledModelScaffolder>();
        scaffolder.ScaffoldModel(
            context.GetService<IDesignTimeModel>().Model,
            outputFolder,
            new CompiledModelCodeGenerationOptions
            {
                ContextType = contextType,
                ModelNamespace = modelNamespace,
                Language = "C#",
                UseNullableReferenceTypes = true,
            });
    }

    /// <summary>Every provider context's design-time factory in the site's assemblies (Core and the modules).</summary>
    private static IEnumerable<Type> DesignTimeFactories() =>
        SiteAssemblies()
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i =>
                i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static IEnumerable<Assembly> SiteAssemblies() =>
        ModuleCatalog.Discover().Modules.Select(m => m.Assembly).Append(typeof(CoreDbContext).Assembly).Distinct();

    private static string ProviderFolder(Type factory)
    {
        for (var type = factory.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(SqliteDesignTimeFactory<>))
            {
                return "Sqlite";
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PostgresDesignTimeFactory<>))
            {
                return "Postgres";
            }
        }
        throw new InvalidOperationException($"{factory} derives from neither SqliteDesignTimeFactory nor PostgresDesignTimeFactory.");
    }

    /// <summary>The files of a compiled model by name, with the random id each generation gives the model set aside.</summary>
    private static Dictionary<string, string> Files(string folder) =>
        Directory.GetFiles(folder, "*.cs").ToDictionary(
            f => Path.GetFileName(f),
            f => ModelId().Replace(File.ReadAllText(f).ReplaceLineEndings("\n"), "modelId: new Guid()"),
            StringComparer.Ordinal);

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]{36}"\)""")]
    private static partial Regex ModelId();

    /// <summary>The folder of the project that builds <paramref name="assembly"/>, found from the repository's root.</summary>
    private static string ProjectFolder(Assembly assembly)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PelhrimovSite.sln")))
        {
            root = root.Parent;
        }
        Assert.NotNull(root);
        var project = Directory.GetFiles(Path.Combine(root.FullName, "src"), assembly.GetName().Name + ".csproj", SearchOption.AllDirectories);
        return Path.GetDirectoryName(Assert.Single(project))!;
    }
}
