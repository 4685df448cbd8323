using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Modules;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>
/// Code and SQL that EF Core generates from each module's provider contexts and that the repository keeps (compiled
/// models, migration scripts). Tests generate them again and compare; with <see cref="UpdateVariable"/>=1 they write
/// them instead (<c>bash scripts/database-code.sh</c>).
/// </summary>
public static class GeneratedDatabaseCode
{
    public const string UpdateVariable = "PORTAL_UPDATE_DATABASE_CODE";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The design-time factory of every provider context in the site's assemblies (Core and the modules).</summary>
    public static IEnumerable<Type> Factories() =>
        SiteAssemblies()
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i =>
                i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    public static TheoryData<string> FactoryNames()
    {
        var data = new TheoryData<string>();
        foreach (var factory in Factories())
        {
            data.Add(factory.FullName!);
        }
        return data;
    }

    public static IEnumerable<Assembly> SiteAssemblies() =>
        ModuleCatalog.Discover().Modules.Select(m => m.Assembly).Append(typeof(CoreDbContext).Assembly).Distinct();

    /// <summary>The provider context a factory makes, and the provider's folder name (Sqlite or Postgres).</summary>
    public static (Type Context, string Provider) Describe(string factoryName)
    {
        var factory = Factories().Single(t => t.FullName == factoryName);
        var context = factory.GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>))
            .GetGenericArguments()[0];
        for (var type = factory.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(SqliteDesignTimeFactory<>))
            {
                return (context, "Sqlite");
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PostgresDesignTimeFactory<>))
            {
                return (context, "Postgres");
            }
        }
        throw new InvalidOperationException($"{factory} derives from neither SqliteDesignTimeFactory nor PostgresDesignTimeFactory.");
    }

    public static DbContext Create(string factoryName)
    {
        var factory = Factories().Single(t => t.FullName == factoryName);
        var create = factory.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
        return (DbContext)create.Invoke(Activator.CreateInstance(factory), [Array.Empty<string>()])!;
    }

    /// <summary>The folder of the project that builds <paramref name="assembly"/>, found from the repository's root.</summary>
    public static string ProjectFolder(Assembly assembly)
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

    /// <summary>
    /// Compares generated files with the committed ones (both by name, after <paramref name="normalise"/>) and returns
    /// the names that differ; when updating, writes the differing files (and deletes committed ones no longer generated)
    /// instead and returns none.
    /// </summary>
    public static IReadOnlyList<string> Compare(
        IReadOnlyDictionary<string, string> generated, string committedFolder, string pattern, Func<string, string> normalise,
        Func<string, bool>? owned = null)
    {
        var committed = Directory.Exists(committedFolder)
            ? Directory.GetFiles(committedFolder, pattern).Select(Path.GetFileName).OfType<string>()
                .Where(owned ?? (_ => true))
                .ToDictionary(n => n, n => File.ReadAllText(Path.Combine(committedFolder, n)), StringComparer.Ordinal)
            : [];
        var stale = generated.Keys.Union(committed.Keys)
            .Where(name => !generated.TryGetValue(name, out var g) || !committed.TryGetValue(name, out var c)
                || normalise(g.ReplaceLineEndings("\n")) != normalise(c.ReplaceLineEndings("\n")))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!Updating)
        {
            return stale;
        }
        Directory.CreateDirectory(committedFolder);
        foreach (var name in stale)
        {
            var target = Path.Combine(committedFolder, name);
            if (generated.TryGetValue(name, out var text))
            {
                File.WriteAllText(target, text);
            }
            else
            {
                File.Delete(target);
            }
        }
        return [];
    }
}
