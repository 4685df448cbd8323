using Pelhrimov.Core.Modules;

namespace Pelhrimov.Search;

public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Search";

    public override string Id => ModuleId;

    public override string Name => "Vyhledávání";

    // Its admin pages need the staff sign-in scheme, which Identity registers.
    public override IReadOnlyList<string> Dependencies => ["Core", "Identity"];
}
