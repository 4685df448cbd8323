using Pelhrimov.Core.Modules;

namespace Pelhrimov.Watchdog;

/// <summary>The watchdog (Hlídací pes): a citizen's own dates and the town's dates for them, reminders and a calendar feed.</summary>
public sealed class Manifest : ModuleManifest
{
    public const string ModuleId = "Watchdog";

    public override string Id => ModuleId;

    public override string Name => "Hlídací pes: připomínky termínů občanům";

    // Citizens: the citizen session the pages need. The town's dates come from whichever modules register an
    // ICitizenDeadlineSource (Receivables, Filings); without them the watchdog shows the citizen's own events only.
    public override IReadOnlyList<string> Dependencies => ["Core", "Citizens"];
}
