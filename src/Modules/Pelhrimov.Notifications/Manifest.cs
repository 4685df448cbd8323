using Pelhrimov.Core.Modules;

namespace Pelhrimov.Notifications;

/// <summary>Notifications: templates staff edit in Liquid, and messages by e-mail, in the portal inbox and by SMS.</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Notifications";

    public override string Id => ModuleId;

    public override string Name => "Oznámení: šablony zpráv, e-mail, schránka v portálu a SMS";

    // Identity: the admin pages; Citizens: the citizen session of the inbox and the citizens' contacts; Content: the
    // article categories news subscribers choose from.
    public override IReadOnlyList<string> Dependencies => ["Core", "Identity", "Citizens", "Content"];
}
