using Pelhrimov.Core.Modules;

namespace Pelhrimov.Payments.GatewaySimulator;

/// <summary>A development card payment gateway that speaks ComGate's protocol; never enabled in Production.</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Payments.GatewaySimulator";

    public override string Id => ModuleId;

    public override string Name => "Simulátor platební brány (pro vývoj)";

    public override string Description =>
        "Vývojová platební brána, která mluví protokolem ComGate: platební stránka, dotaz na stav a oznámení obchodníkovi. V produkci nikdy neběží.";

    public override IReadOnlyList<string> Dependencies => ["Core"];
}
