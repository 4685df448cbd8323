using Pelhrimov.Core.Modules;

namespace Pelhrimov.TestModule;

/// <summary>A module that exists only in tests: proves that a module is added by a project reference alone.</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "TestModule";

    public override string Id => ModuleId;

    public override string Name => "Testovací modul";

    public override string Description => "Modul pro automatické testy; na skutečném webu se nepoužívá.";

    // Content is listed so that the catalog has a real dependency edge to order; its API endpoint needs the API
    // scheme (ApiClients) and its admin menu entry the staff scheme (Identity).
    public override IReadOnlyList<string> Dependencies => ["Core", "Content", "ApiClients", "Identity"];
}
