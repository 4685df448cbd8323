using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace Pelhrimov.Core.Modules;

/// <summary>A discovered module: its manifest, its assembly and the startups that apply.</summary>
public sealed record ModuleDescriptor(ModuleManifest Manifest, Assembly Assembly, IReadOnlyList<ModuleStartup> Startups)
{
    public string Id => Manifest.Id;
}

/// <summary>The modules of this application, in dependency order.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, ModuleDescriptor> _byId;

    private ModuleCatalog(IReadOnlyList<ModuleDescriptor> modules)
    {
        Modules = modules;
        _byId = modules.ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    /// <summary>Startups of all modules, ordered by module dependency order, then by <see cref="ModuleStartup.Order"/>.</summary>
    public IEnumerable<ModuleStartup> Startups =>
        Modules.SelectMany((m, index) => m.Startups.Select(s => (s, index)))
            .OrderBy(x => x.index).ThenBy(x => x.s.Order).Select(x => x.s);

    public bool IsPresent(string moduleId) => _byId.ContainsKey(moduleId);

    /// <summary>Finds every module in the assemblies that reference Pelhrimov.Core, as listed in the app's dependency manifest.</summary>
    public static ModuleCatalog Discover(DependencyContext? dependencyContext = null)
    {
        var context = dependencyContext ?? DependencyContext.Default
            ?? throw new InvalidOperationException("The application has no dependency manifest (.deps.json).");
        var coreName = typeof(ModuleCatalog).Assembly.GetName().Name!;
        var assemblies = context.RuntimeLibraries
            .Where(lib => lib.Dependencies.Any(d => d.Name.Equals(coreName, StringComparison.OrdinalIgnoreCase)))
            .Select(lib => TryLoad(lib.Name))
            .OfType<Assembly>()
            .Prepend(typeof(ModuleCatalog).Assembly);
        return FromAssemblies(assemblies);
    }

    public static ModuleCatalog FromAssemblies(IEnumerable<Assembly> assemblies)
    {
        var found = new Dictionary<string, (ModuleManifest Manifest, Assembly Assembly)>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in assemblies.Distinct())
        {
            foreach (var type in ConcreteTypes<ModuleManifest>(assembly))
            {
                var manifest = (ModuleManifest)Activator.CreateInstance(type)!;
                if (!found.TryAdd(manifest.Id, (manifest, assembly)))
                {
                    throw new InvalidOperationException($"Two modules share the id '{manifest.Id}'.");
                }
            }
        }

        var ordered = SortByDependencies(found.Values.Select(f => f.Manifest).ToList());
        var modules = ordered.Select(manifest =>
        {
            var assembly = found[manifest.Id].Assembly;
            var startups = ConcreteTypes<ModuleStartup>(assembly)
                .Where(t => t.GetCustomAttribute<RequiresModulesAttribute>() is not { } requires
                            || requires.ModuleIds.All(found.ContainsKey))
                .Select(t => (ModuleStartup)Activator.CreateInstance(t)!)
                .ToList();
            return new ModuleDescriptor(manifest, assembly, startups);
        }).ToList();
        return new ModuleCatalog(modules);
    }

    private static List<ModuleManifest> SortByDependencies(List<ModuleManifest> manifests)
    {
        var byId = manifests.ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);
        var result = new List<ModuleManifest>();
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false = visiting, true = done

        void Visit(ModuleManifest manifest, string path)
        {
            if (state.TryGetValue(manifest.Id, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"Modules depend on each other in a cycle: {path}.");
                }
                return;
            }

            state[manifest.Id] = false;
            foreach (var dependency in manifest.Dependencies)
            {
                if (!byId.TryGetValue(dependency, out var required))
                {
                    throw new InvalidOperationException(
                        $"Module '{manifest.Id}' depends on module '{dependency}', which is not referenced by the host.");
                }
                Visit(required, $"{path} -> {dependency}");
            }
            state[manifest.Id] = true;
            result.Add(manifest);
        }

        foreach (var manifest in manifests.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            Visit(manifest, manifest.Id);
        }
        return result;
    }

    private static IEnumerable<Type> ConcreteTypes<T>(Assembly assembly) =>
        assembly.GetExportedTypes().Where(t => typeof(T).IsAssignableFrom(t) && t is { IsAbstract: false, IsClass: true });

    private static Assembly? TryLoad(string name)
    {
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
