using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Watchdog.Calendar;
using Pelhrimov.Watchdog.Services;

namespace Pelhrimov.Watchdog.Controllers;

/// <summary>
/// <c>/hlidaci-pes/kalendar/{token}.ics</c>: a citizen's watchdog as an iCalendar feed (RFC 5545) for their own calendar
/// application, which has no session: the secret address is the key. An unknown or revoked token is a 404.
/// </summary>
[AllowAnonymous]
public sealed class CalendarFeedController(CalendarFeeds feeds, WatchdogAgenda agenda, SiteAddress site, TimeProvider clock) : Controller
{
    [HttpGet("hlidaci-pes/kalendar/{token}.ics")]
    public async Task<IActionResult> Feed([FromRoute] string? token)
    {
        var ct = HttpContext.RequestAborted;
        if (await feeds.FindAsync(token, ct) is not { } feed)
        {
            return NotFound();
        }
        var items = await agenda.ListAsync(new CitizenViewer(feed.AccountId, feed.IncludesTownDates), ct);
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        var root = site.Root;
        return Content(WatchdogCalendar.Write(items, root.Host, root.ToString(), clock.GetUtcNow().UtcDateTime), "text/calendar; charset=utf-8");
    }
}
