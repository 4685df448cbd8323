using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Search.Components;

/// <summary>Admin dashboard section: the ten searches that most often found nothing in the last 30 days.</summary>
public sealed class UnansweredSearchesViewComponent(UnansweredSearches unanswered, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var today = DateOnly.FromDateTime(CzechFormat.ToLocal(clock.GetUtcNow().UtcDateTime));
        return View(await unanswered.TopAsync(today.AddDays(-29), 10, HttpContext.RequestAborted));
    }
}
