using Pelhrimov.Core.Modules;

namespace Pelhrimov.Analytics;

/// <summary>The access counter without cookies or personal data, and the admin charts built on it.</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Analytics";

    public override string Id => ModuleId;

    public override string Name => "Statistiky návštěvnosti";

    // Its admin pages need the staff sign-in scheme, which Identity registers.
    public override IReadOnlyList<string> Dependencies => ["Core", "Identity"];
}
