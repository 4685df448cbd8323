using Pelhrimov.Core.Modules;

namespace Pelhrimov.Receivables.CardPayments;

/// <summary>Card payments of receivables: the cart "Zaplatit vybrané kartou", the gateway's notifications, the receipt.</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Receivables.CardPayments";

    public override string Id => ModuleId;

    public override string Name => "Pohledávky: platby kartou";

    // Receivables: what is paid and where it is booked; Citizens: who pays.
    public override IReadOnlyList<string> Dependencies => ["Core", "Citizens", "Receivables"];
}
