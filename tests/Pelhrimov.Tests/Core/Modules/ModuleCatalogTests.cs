using System.Reflection;
using Pelhrimov.Core;
using Pelhrimov.Core.Modules;

namespace Pelhrimov.Tests.Core.Modules;

public sealed class ModuleCatalogTests
{
    [Fact]
    public void Modules_are_ordered_after_their_dependencies()
    {
        var catalog = ModuleCatalog.FromAssemblies([new ModuleAssembly(typeof(Reports), typeof(Forms), typeof(CoreManifest))]);

        Assert.Equal(["Core", "Forms", "Reports"], catalog.Modules.Select(m => m.Id));
    }

    [Fact]
    public void Missing_dependency_is_refused_naming_both_modules()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ModuleCatalog.FromAssemblies([new ModuleAssembly(typeof(Reports), typeof(CoreManifest))]));

        Assert.Contains("'Reports'", error.Message);
        Assert.Contains("'Forms'", error.Message);
    }

    [Fact]
    public void Dependency_cycle_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ModuleCatalog.FromAssemblies([new ModuleAssembly(typeof(Chicken), typeof(Egg))]));

        Assert.Contains("cycle", error.Message);
        Assert.Contains("Chicken", error.Message);
        Assert.Contains("Egg", error.Message);
    }

    [Fact]
    public void Two_modules_with_one_id_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ModuleCatalog.FromAssemblies([new ModuleAssembly(typeof(Forms), typeof(FormsAgain))]));

        Assert.Contains("'forms'", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    // Private, so that the real module discovery of the app under test never sees these manifests.
    private sealed class Forms : ModuleManifest
    {
        public override string Id => "Forms";
        public override string Name => "Formuláře";
        public override IReadOnlyList<string> Dependencies => ["Core"];
    }

    private sealed class FormsAgain : ModuleManifest
    {
        public override string Id => "forms";
        public override string Name => "Formuláře znovu";
    }

    private sealed class Reports : ModuleManifest
    {
        public override string Id => "Reports";
        public override string Name => "Výkazy";
        public override IReadOnlyList<string> Dependencies => ["Core", "Forms"];
    }

    private sealed class Chicken : ModuleManifest
    {
        public override string Id => "Chicken";
        public override string Name => "Slepice";
        public override IReadOnlyList<string> Dependencies => ["Egg"];
    }

    private sealed class Egg : ModuleManifest
    {
        public override string Id => "Egg";
        public override string Name => "Vejce";
        public override IReadOnlyList<string> Dependencies => ["Chicken"];
    }

    /// <summary>An assembly that exports just the given types, as a module project would.</summary>
    private sealed class ModuleAssembly(params Type[] types) : Assembly
    {
        public override Type[] GetExportedTypes() => types;

        public override string FullName => "Pelhrimov.Tests.ModuleAssembly";
    }
}
