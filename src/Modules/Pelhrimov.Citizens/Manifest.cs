using Pelhrimov.Core.Modules;

namespace Pelhrimov.Citizens;

/// <summary>Citizen accounts: sign-in with the national eID (NIA) or with e-mail and password, consents and the profile.</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Citizens";

    public override string Id => ModuleId;

    public override string Name => "Občané: přihlášení přes eID a účty";

    // Its admin pages need the staff sign-in scheme, which Identity registers.
    public override IReadOnlyList<string> Dependencies => ["Core", "Identity"];
}
