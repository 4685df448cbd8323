using Pelhrimov.Core.Modules;

namespace Pelhrimov.Filings;

/// <summary>Filings (podání): what a citizen filed at the office and how the records system handles it.</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Filings";

    public override string Id => ModuleId;

    public override string Name => "Podání: stav podání občanů ze spisové služby";

    // Identity: the clerk inbox; Citizens: the citizen session; ApiClients: the back-office API; People: IPersonLinks,
    // which says whose filings a citizen sees.
    public override IReadOnlyList<string> Dependencies => ["Core", "Identity", "Citizens", "ApiClients", "People"];
}
