using Pelhrimov.Core.Modules;

namespace Pelhrimov.Receivables.Statements;

/// <summary>Bank statement import ("Bankovní výpisy"): GPC and camt.053 files read, matched to receivables and booked.</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Receivables.Statements";

    public override string Id => ModuleId;

    public override string Name => "Pohledávky: import bankovních výpisů";

    // Receivables: the receivables and ReceivableWriter it books with; Identity: the admin pages.
    public override IReadOnlyList<string> Dependencies => ["Core", "Identity", "Receivables"];
}
