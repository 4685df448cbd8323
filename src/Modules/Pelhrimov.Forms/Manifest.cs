using Pelhrimov.Core.Modules;

namespace Pelhrimov.Forms;

/// <summary>Smart forms (chytré formuláře): definitions editors build, the citizen's filling, submissions that become filings.</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Forms";

    public override string Id => ModuleId;

    public override string Name => "Chytré formuláře: formuláře životních situací a jejich podání";

    // Identity: the admin; Citizens: the citizen session and its verified attributes (pre-fill).
    public override IReadOnlyList<string> Dependencies => ["Core", "Identity", "Citizens"];
}
