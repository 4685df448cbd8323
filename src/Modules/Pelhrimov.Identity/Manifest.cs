using Pelhrimov.Core.Modules;

namespace Pelhrimov.Identity;

public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Identity";

    public override string Id => ModuleId;

    public override string Name => "Uživatelé a přihlašování";

    public override IReadOnlyList<string> Dependencies => ["Core"];
}
