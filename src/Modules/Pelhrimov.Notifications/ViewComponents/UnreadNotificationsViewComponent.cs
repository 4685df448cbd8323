using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Security;
using Pelhrimov.Notifications.Inbox;

namespace Pelhrimov.Notifications.ViewComponents;

/// <summary>
/// The header's link to the inbox with the unread count. It renders nothing (and asks nothing) for anonymous visitors,
/// whose pages are output-cached; for a signed-in citizen it runs one indexed count (ADR 0024's warning on slots).
/// </summary>
public sealed class UnreadNotificationsViewComponent(CitizenInbox inbox) : ViewComponent
{
    public const string Name = "UnreadNotifications";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!Guid.TryParse(HttpContext.User.FindFirst(CitizenAuthentication.AccountIdClaim)?.Value, out var accountId))
        {
            return Content("");
        }
        return View(await inbox.UnreadCountAsync(accountId, HttpContext.RequestAborted));
    }
}
