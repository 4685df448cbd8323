using Pelhrimov.Core.Modules;

namespace Pelhrimov.Content;

public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Content";

    public override string Id => ModuleId;

    public override string Name => "Obsah";

    // Its admin pages need the staff sign-in scheme, which Identity registers.
    public override IReadOnlyList<string> Dependencies => ["Core", "Identity"];
}
