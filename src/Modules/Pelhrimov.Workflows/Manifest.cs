using Pelhrimov.Core.Modules;

namespace Pelhrimov.Workflows;

/// <summary>Workflows: editors decide what happens when something happens (an event, a date, a schedule), versioned and durable.</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Workflows";

    public override string Id => ModuleId;

    public override string Name => "Pracovní postupy: automatická oznámení a úkony po událostech";

    // Identity: the admin pages; Notifications: the notification and inbox actions. Triggers and other actions come from
    // whichever modules register them (Core's Workflows extension point); the module references none of them.
    public override IReadOnlyList<string> Dependencies => ["Core", "Identity", "Notifications"];
}
