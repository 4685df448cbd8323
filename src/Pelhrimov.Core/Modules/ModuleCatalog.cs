using System.Reflection;
using Microsoft.Extensions.Configuration;
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

    /// <summary>Assemblies of modules that are referenced but switched off: none of their controllers or views is served.</summary>
    public IReadOnlyList<Assembly> DisabledAssemblies { get; private init; } = [];

    /// <summary>Reads <c>Modules:Disabled</c>: module ids, as an array or separated by commas.</summary>
    public static IReadOnlyCollection<string> DisabledIn(IConfiguration configuration)
    {
        var section = configuration.GetSection("Modules:Disabled");
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public bool IsPresent(string moduleId) => _byId.ContainsKey(moduleId);

    /// <summary>
    /// Finds every module in the assemblies that reference Pelhrimov.Core, as listed in the app's dependency manifest,
    /// leaving out the modules a town switched off (<paramref name="disabled"/>, configuration <c>Modules:Disabled</c>).
    /// </summary>
    public static ModuleCatalog Discover(DependencyContext? dependencyContext = null, IReadOnlyCollection<string>? disabled = null)
    {
        var context = dependencyContext ?? DependencyContext.Default
            ?? throw new InvalidOperationException("The application has no dependency manifest (.deps.json).");
        var coreName = typeof(ModuleCatalog).Assembly.GetName().Name!;
        var assemblies = context.RuntimeLibraries
            .Where(lib => lib.Dependencies.Any(d => d.Name.Equals(coreName, StringComparison.OrdinalIgnoreCase)))
            .Select(lib => TryLoad(lib.Name))
            .OfType<Assembly>()
            .Prepend(typeof(ModuleCatalog).Assembly);
        return FromAssemblies(assemblies, disabled);
    }

    public static ModuleCatalog FromAssemblies(IEnumerable<Assembly> assemblies, IReadOnlyCollection<string>? disabled = null)
    {
        var off = new HashSet<string>(disabled ?? [], StringComparer.OrdinalIgnoreCase);
        if (off.Contains(CoreManifest.ModuleId))
        {
            throw new InvalidOperationException("Module 'Core' cannot be switched off (Modules:Disabled).");
        }
        var found = new Dictionary<string, (ModuleManifest Manifest, Assembly Assembly)>(StringComparer.OrdinalIgnoreCase);
        var switchedOff = new List<Assembly>();
        foreach (var assembly in assemblies.Distinct())
        {
            foreach (var type in ConcreteTypes<ModuleManifest>(assembly))
            {
                var manifest = (ModuleManifest)Activator.CreateInstance(type)!;
                if (off.Contains(manifest.Id))
                {
                    switchedOff.Add(assembly);
                    continue;
                }
                if (!found.TryAdd(manifest.Id, (manifest, assembly)))
                {
                    throw new InvalidOperationException($"Two modules share the id '{manifest.Id}'.");
                }
            }
        }

        var ordered = SortByDependencies(found.Values.Select(f => f.Manifest).ToList(), off);
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
        return new ModuleCatalog(modules) { DisabledAssemblies = switchedOff };
    }

    private static List<ModuleManifest> SortByDependencies(List<ModuleManifest> manifests, HashSet<string> off)
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
                    throw new InvalidOperationException(off.Contains(dependency)
                        ? $"Module '{manifest.Id}' depends on module '{dependency}', which is switched off (Modules:Disabled). " +
                          $"Switch '{manifest.Id}' off too, or '{dependency}' back on."
                        : $"Module '{manifest.Id}' depends on module '{dependency}', which is not referenced by the host.");
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
