using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Core.Admin;

/// <summary><c>/admin/udalosti</c>: each handler's delivery of each domain event, newest first; failed ones (the
/// dead-letter list) can be run again.</summary>
[Route("admin/udalosti")]
[AuthorizePermission("Core.ManageEvents")]
public sealed class EventsAdminController(CoreDbContext db, IAuditLog audit, EventDispatchSignal signal, TimeProvider clock) : AdminController
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? stav, int strana = 1, CancellationToken cancellationToken = default)
    {
        var status = DeliveryStatusLabels.FromSlug(stav);
        var counts = await db.EventDeliveries.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var query = db.EventDeliveries.AsNoTracking();
        if (status is { } only)
        {
            query = query.Where(d => d.Status == only);
        }
        var total = status is { } filtered ? counts.GetValueOrDefault(filtered) : counts.Values.Sum();
        strana = Paging.Clamp(strana, total, PageSize);
        var rows = await query.Include(d => d.Event).OrderByDescending(d => d.Id)
            .Skip((strana - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return View(new EventDeliveryListModel(rows, status, counts, strana, Paging.PageCount(total, PageSize), total));
    }

    [HttpPost("{id:long}/zkusit-znovu")]
    public async Task<IActionResult> Retry(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // One more attempt: a delivery that fails again goes straight back to Failed (its attempts are kept).
        var changed = await db.EventDeliveries.Where(d => d.Id == id && d.Status == DeliveryStatus.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Pending).SetProperty(d => d.NextAttemptUtc, now), cancellationToken);
        if (changed == 0)
        {
            Flash("Tuto obsluhu nelze spustit znovu: neexistuje nebo se nezdařila jen dočasně.");
            return Redirect("/admin/udalosti?stav=nezdarene");
        }
        var what = await db.EventDeliveries.Where(d => d.Id == id).Select(d => new { d.Handler, d.Event.Type, d.EventId }).FirstAsync(cancellationToken);
        await audit.RecordAsync("event.retry", nameof(EventDelivery), id.ToString(CultureInfo.InvariantCulture),
            $"Obsluha {EventDeliveryListModel.ShortName(what.Handler)} události {what.Type} (č. {what.EventId}) zařazena k novému spuštění.", cancellationToken: cancellationToken);
        signal.Notify();
        Flash($"Obsluha {EventDeliveryListModel.ShortName(what.Handler)} události {what.Type} se spustí znovu.");
        return Redirect("/admin/udalosti?stav=nezdarene");
    }
}

/// <summary>A page of the event delivery list, with the number of deliveries in each state for the tabs.</summary>
public sealed record EventDeliveryListModel(
    IReadOnlyList<EventDelivery> Rows, DeliveryStatus? Status, IReadOnlyDictionary<DeliveryStatus, int> Counts, int Page, int Pages, int Total)
{
    /// <summary>The handler's class name without its namespace.</summary>
    public static string ShortName(string handler) => handler[(handler.LastIndexOf('.') + 1)..];
}
