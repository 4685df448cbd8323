using Pelhrimov.Core.Modules;

namespace Pelhrimov.Theme;

public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Theme";

    public override string Id => ModuleId;

    public override string Name => "Veřejný vzhled";

    public override IReadOnlyList<string> Dependencies => ["Core"];
}
