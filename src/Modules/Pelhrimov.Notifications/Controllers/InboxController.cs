using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Security;
using Pelhrimov.Notifications.Delivery;
using Pelhrimov.Notifications.Inbox;

namespace Pelhrimov.Notifications.Controllers;

/// <summary>
/// <c>/muj-portal/oznameni</c>: the signed-in citizen's messages, newest first; opening one marks it read; archive and
/// restore; <c>/doruceni</c> the delivery state of their e-mails and SMS. A message of another citizen is a 404, exactly like one that does not exist.
/// </summary>
[Route("muj-portal/oznameni")]
[Authorize(Policy = CitizenAuthentication.SignedInPolicy)]
public sealed class InboxController(CitizenInbox inbox, EmailDeliveryStatus deliveryStatus) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(int strana = 1, CancellationToken cancellationToken = default) => ListAsync(false, strana, cancellationToken);

    [HttpGet("archiv")]
    public Task<IActionResult> Archive(int strana = 1, CancellationToken cancellationToken = default) => ListAsync(true, strana, cancellationToken);

    /// <summary>The citizen's e-mails and SMS with their delivery state (refreshed from the outbox for the rows shown).</summary>
    [HttpGet("doruceni")]
    public async Task<IActionResult> Deliveries(CancellationToken cancellationToken)
    {
        NoStore();
        var messages = await inbox.DeliveriesAsync(AccountId(), cancellationToken);
        await deliveryStatus.RefreshAsync(messages, cancellationToken);
        return View(messages);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
    {
        NoStore();
        return await inbox.OpenAsync(AccountId(), id, cancellationToken) is { } message ? View(message) : NotFound();
    }

    [HttpPost("{id:guid}/archivovat")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ArchiveMessage(Guid id, CancellationToken cancellationToken)
    {
        if (!await inbox.ArchiveAsync(AccountId(), id, archive: true, cancellationToken))
        {
            return NotFound();
        }
        TempData["InboxNotice"] = "Zpráva je v archivu.";
        return Redirect("/muj-portal/oznameni");
    }

    [HttpPost("{id:guid}/obnovit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Restore(Guid id, CancellationToken cancellationToken)
    {
        if (!await inbox.ArchiveAsync(AccountId(), id, archive: false, cancellationToken))
        {
            return NotFound();
        }
        TempData["InboxNotice"] = "Zpráva je zpět mezi oznámeními.";
        return Redirect("/muj-portal/oznameni/archiv");
    }

    private async Task<IActionResult> ListAsync(bool archived, int page, CancellationToken cancellationToken)
    {
        NoStore();
        return View("Index", await inbox.PageAsync(AccountId(), archived, page, cancellationToken));
    }

    private Guid AccountId() =>
        Guid.TryParse(User.FindFirst(CitizenAuthentication.AccountIdClaim)?.Value, out var id) ? id : Guid.Empty;

    private void NoStore() => Response.Headers.CacheControl = "no-store";
}
