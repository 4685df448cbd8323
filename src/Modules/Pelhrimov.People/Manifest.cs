using Pelhrimov.Core.Modules;

namespace Pelhrimov.People;

/// <summary>Who is who: the back-office register of persons and the links of citizen accounts to them.</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "People";

    public override string Id => ModuleId;

    public override string Name => "Osoby";

    public override string Description => "Osoby z registru úředních systémů a jejich propojení s účty občanů přihlášených přes eID.";

    // Admin pages need Identity's staff scheme, the API needs ApiClients' token scheme, linking needs Citizens' eID attributes.
    public override IReadOnlyList<string> Dependencies => ["Core", "Identity", "Citizens", "ApiClients"];
}
