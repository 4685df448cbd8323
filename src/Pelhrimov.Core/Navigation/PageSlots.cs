using System.Collections.Frozen;
using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Navigation;

/// <summary>
/// The named places in shared pages that modules fill, so that no layout or shared page names a module. A page
/// renders a slot with <c>&lt;page-slot name="…" /&gt;</c> (<see cref="PageSlotTagHelper"/>).
/// </summary>
public static class PageSlots
{
    /// <summary>Inside the public layout's <c>&lt;head&gt;</c>: a module's stylesheets and deferred scripts.</summary>
    public const string HeadAssets = "head";

    /// <summary>The public header's tools: the search box, the account link, an unread count.</summary>
    public const string HeaderTools = "header";

    /// <summary>A section of the citizen's account page <c>/muj-ucet</c> (settings such as notification preferences).</summary>
    public const string CitizenAccount = "citizen-account";

    /// <summary>The public footer, after the town's contacts and links.</summary>
    public const string Footer = "footer";

    /// <summary>"Vyřídit online" on a life situation's page; each component gets a <see cref="LifeSituationSlot"/> as <c>slot</c>.</summary>
    public const string LifeSituationActions = "life-situation";
}

/// <summary>What a life situation's page tells the modules that offer to handle it online.</summary>
/// <param name="Slug">The life situation's URL slug (<c>/zivotni-situace/{slug}</c>), the key a form or service is linked by.</param>
public sealed record LifeSituationSlot(string Slug, string Title);

/// <summary>A module's view component rendered in a slot; lower <paramref name="Order"/> first.</summary>
public sealed record SlotContribution(string Slot, string ViewComponent, int Order = 100);

/// <summary>The contributions of the present modules, by slot, in order.</summary>
public sealed class PageSlotRegistry(IEnumerable<SlotContribution> contributions)
{
    private readonly FrozenDictionary<string, SlotContribution[]> _bySlot = contributions
        .GroupBy(c => c.Slot, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderBy(c => c.Order).ThenBy(c => c.ViewComponent, StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);

    public IReadOnlyList<SlotContribution> For(string slot) => _bySlot.TryGetValue(slot, out var found) ? found : [];
}

public static class PageSlotRegistration
{
    /// <summary>Renders the view component <paramref name="viewComponent"/> of this module in <paramref name="slot"/>.</summary>
    public static IServiceCollection AddPageSlot(this IServiceCollection services, string slot, string viewComponent, int order = 100) =>
        services.AddSingleton(new SlotContribution(slot, viewComponent, order));
}
