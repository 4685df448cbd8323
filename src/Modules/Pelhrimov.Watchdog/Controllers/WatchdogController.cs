using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;
using Pelhrimov.Watchdog.Models;
using Pelhrimov.Watchdog.Services;

namespace Pelhrimov.Watchdog.Controllers;

/// <summary>
/// <c>/muj-portal/hlidaci-pes</c>: a signed-in citizen's own events (list, add, edit, delete) beside the town's dates for
/// them (an eID session only), and the calendar feed's address. Another account's event is a 404, like a missing one.
/// </summary>
[Route("muj-portal/hlidaci-pes")]
[Authorize(Policy = CitizenAuthentication.SignedInPolicy)]
public sealed class WatchdogController(CitizenViewers viewers, OwnEvents own, WatchdogAgenda agenda, CalendarFeeds feeds, SiteAddress site) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "kalendar")] string? feed)
    {
        var viewer = await ViewerAsync();
        var ct = HttpContext.RequestAborted;
        var token = await feeds.CurrentTokenAsync(viewer.AccountId, ct);
        NoStore();
        return View(new WatchdogPage(await agenda.ListAsync(viewer, ct), agenda.Today, viewer.IsIdentified,
            token is null ? null : new Uri(site.Root, WatchdogPaths.Feed(token).TrimStart('/')).ToString(), feed == "novy" && token is not null));
    }

    [HttpGet("novy")]
    public IActionResult New()
    {
        NoStore();
        return View("Edit", new WatchdogEventPage(new WatchdogEventInput { DaysBefore = "14" }, null));
    }

    [HttpPost("novy")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] WatchdogEventInput input)
    {
        ModelState.Clear();
        if (input.Validate(ModelState, own.Today) is not { } values)
        {
            return View("Edit", new WatchdogEventPage(input, null));
        }
        await own.AddAsync((await ViewerAsync()).AccountId, values, HttpContext.RequestAborted);
        return Redirect(WatchdogPaths.List);
    }

    [HttpGet("{id:guid}/upravit")]
    public async Task<IActionResult> Edit(Guid id)
    {
        var e = await own.FindAsync((await ViewerAsync()).AccountId, id, HttpContext.RequestAborted);
        NoStore();
        return e is null ? NotFound() : View(new WatchdogEventPage(WatchdogEventInput.From(e), id));
    }

    [HttpPost("{id:guid}/upravit")]
    public async Task<IActionResult> Update(Guid id, [Bind(Prefix = "Input")] WatchdogEventInput input)
    {
        var accountId = (await ViewerAsync()).AccountId;
        if (await own.FindAsync(accountId, id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        if (input.Validate(ModelState, own.Today) is not { } values)
        {
            return View("Edit", new WatchdogEventPage(input, id));
        }
        await own.UpdateAsync(accountId, id, values, HttpContext.RequestAborted);
        return Redirect(WatchdogPaths.List);
    }

    [HttpGet("{id:guid}/smazat")]
    public async Task<IActionResult> Delete(Guid id)
    {
        var e = await own.FindAsync((await ViewerAsync()).AccountId, id, HttpContext.RequestAborted);
        NoStore();
        return e is null ? NotFound() : View(e);
    }

    [HttpPost("{id:guid}/smazat")]
    public async Task<IActionResult> DeleteConfirmed(Guid id) =>
        await own.DeleteAsync((await ViewerAsync()).AccountId, id, HttpContext.RequestAborted) ? Redirect(WatchdogPaths.List) : NotFound();

    /// <summary>"Vygenerovat nový odkaz": a new feed address; the old one stops working at once.</summary>
    [HttpPost("kalendar")]
    public async Task<IActionResult> RenewFeed()
    {
        var viewer = await ViewerAsync();
        await feeds.RenewAsync(viewer.AccountId, viewer.IsIdentified, HttpContext.RequestAborted);
        return Redirect(WatchdogPaths.List + "?kalendar=novy#kalendar");
    }

    private async Task<CitizenViewer> ViewerAsync() =>
        await viewers.ForAsync(User) ?? throw new InvalidOperationException("A signed-in citizen session without an account id.");

    private void NoStore() => Response.Headers.CacheControl = "no-store";
}
