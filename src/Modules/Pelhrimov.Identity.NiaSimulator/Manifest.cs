using Pelhrimov.Core.Modules;

namespace Pelhrimov.Identity.NiaSimulator;

/// <summary>A development identity provider that behaves like NIA's OpenID Connect profile; never enabled in Production.</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Identity.NiaSimulator";

    public override string Id => ModuleId;

    public override string Name => "Simulátor NIA (pro vývoj)";

    public override string Description =>
        "Vývojový poskytovatel identity, který se chová jako Národní identitní autorita (OpenID Connect). V produkci nikdy neběží.";

    public override IReadOnlyList<string> Dependencies => ["Core"];
}
