using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Forms.Filling;

/// <summary>"Vyřídit online" on a life situation's page: the live forms linked to it; nothing for a situation no form handles.</summary>
public sealed class OnlineFormViewComponent(LiveForms forms) : ViewComponent
{
    public const string Name = "OnlineForm";

    public async Task<IViewComponentResult> InvokeAsync(LifeSituationSlot slot)
    {
        var linked = await forms.ForLifeSituationAsync(slot.Slug, HttpContext.RequestAborted);
        return linked.Count == 0 ? Content("") : View(linked);
    }
}
