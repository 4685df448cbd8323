using Pelhrimov.Core.Modules;

namespace Pelhrimov.ApiClients;

/// <summary>OAuth 2.0 authorization server for the town's back-office systems (client credentials only).</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "ApiClients";

    public override string Id => ModuleId;

    public override string Name => "Klienti API";

    public override string Description => "Přístup úředních systémů (ekonomika, spisová služba) k API portálu přes OAuth 2.0.";

    // Its admin pages need the staff sign-in scheme, which Identity registers.
    public override IReadOnlyList<string> Dependencies => ["Core", "Identity"];
}
