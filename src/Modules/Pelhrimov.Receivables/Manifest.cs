using Pelhrimov.Core.Modules;

namespace Pelhrimov.Receivables;

/// <summary>Receivables ("Pohledávky"): what a citizen owes the town, its payments, and how to pay it (QR Platba).</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Receivables";

    public override string Id => ModuleId;

    public override string Name => "Pohledávky: poplatky a platby občanů";

    // Identity: the admin pages; Citizens: the citizen pages; ApiClients: the back-office API; People: IPersonLinks, who
    // is who (the module references only Core's interface, not the People project).
    public override IReadOnlyList<string> Dependencies => ["Core", "Identity", "Citizens", "ApiClients", "People"];
}
