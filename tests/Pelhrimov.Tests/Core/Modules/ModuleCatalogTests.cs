using System.Reflection;
using Microsoft.Extensions.Configuration;
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

    [Fact]
    public void A_switched_off_module_is_left_out_and_a_module_that_needs_it_is_refused_with_the_reason()
    {
        var withoutReports = ModuleCatalog.FromAssemblies(
            [new ModuleAssembly(typeof(Reports), typeof(Forms), typeof(CoreManifest))], disabled: ["reports"]);
        Assert.Equal(["Core", "Forms"], withoutReports.Modules.Select(m => m.Id));
        Assert.False(withoutReports.IsPresent("Reports"));
        Assert.NotEmpty(withoutReports.DisabledAssemblies);

        var error = Assert.Throws<InvalidOperationException>(() => ModuleCatalog.FromAssemblies(
            [new ModuleAssembly(typeof(Reports), typeof(Forms), typeof(CoreManifest))], disabled: ["Forms"]));
        Assert.Contains("'Reports' depends on module 'Forms', which is switched off (Modules:Disabled)", error.Message);
    }

    [Fact]
    public void Core_cannot_be_switched_off()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ModuleCatalog.FromAssemblies([new ModuleAssembly(typeof(CoreManifest))], disabled: ["core"]));
        Assert.Contains("'Core' cannot be switched off", error.Message);
    }

    [Theory]
    [InlineData("Search, Analytics", new[] { "Search", "Analytics" })]
    [InlineData("", new string[0])]
    public void Switched_off_modules_are_read_from_a_list_separated_by_commas(string value, string[] expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Modules:Disabled"] = value }).Build();
        Assert.Equal(expected.Order(), ModuleCatalog.DisabledIn(configuration).Order());
    }

    [Fact]
    public void Switched_off_modules_are_read_from_an_array()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Modules:Disabled:0"] = "Search", ["Modules:Disabled:1"] = "Citizens" })
            .Build();
        Assert.Equal(["Citizens", "Search"], ModuleCatalog.DisabledIn(configuration).Order());
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
