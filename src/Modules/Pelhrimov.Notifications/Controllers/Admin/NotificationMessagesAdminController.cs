using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Delivery;
using Pelhrimov.Notifications.Domain;

namespace Pelhrimov.Notifications.Controllers.Admin;

/// <summary><c>/admin/oznameni/zpravy</c>: every message, newest first, by channel and delivery state, with the template version used.</summary>
[Route("admin/oznameni/zpravy")]
[AuthorizePermission(Permissions.ViewMessagesName)]
public sealed class NotificationMessagesAdminController(NotificationsDbContext db, EmailDeliveryStatus delivery) : AdminController
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? kanal, string? stav, int strana = 1, CancellationToken cancellationToken = default)
    {
        var channel = DeliveryStatusLabels.ChannelFromSlug(kanal);
        var status = DeliveryStatusLabels.StatusFromSlug(stav);
        var query = db.Messages.AsNoTracking();
        if (channel is { } onlyChannel)
        {
            query = query.Where(m => m.Channel == onlyChannel);
        }
        if (status is { } onlyStatus)
        {
            query = query.Where(m => m.Status == onlyStatus);
        }
        var total = await query.CountAsync(cancellationToken);
        strana = Paging.Clamp(strana, total, PageSize);
        var rows = await query.OrderByDescending(m => m.CreatedUtc).ThenBy(m => m.Id)
            .Skip((strana - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        await delivery.RefreshAsync(rows, cancellationToken);   // the rows shown say what the outbox says now
        return View(new MessageListPage(rows, channel, status, strana, Paging.PageCount(total, PageSize), total));
    }
}

/// <summary>A page of the message list with its filters.</summary>
public sealed record MessageListPage(
    IReadOnlyList<NotificationMessage> Rows, NotificationChannel? Channel, DeliveryStatus? Status, int Page, int Pages, int Total)
{
    public string Filter =>
        (Channel is { } c ? $"kanal={DeliveryStatusLabels.Slug(c)}&" : "") + (Status is { } s ? $"stav={DeliveryStatusLabels.Slug(s)}&" : "");
}
