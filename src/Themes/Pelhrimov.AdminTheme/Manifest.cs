using Pelhrimov.Core.Modules;

namespace Pelhrimov.AdminTheme;

public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "AdminTheme";

    public override string Id => ModuleId;

    public override string Name => "Vzhled administrace";

    public override IReadOnlyList<string> Dependencies => ["Core"];
}
