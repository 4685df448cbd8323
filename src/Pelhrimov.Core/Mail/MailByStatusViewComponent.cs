using Microsoft.AspNetCore.Mvc;

namespace Pelhrimov.Core.Mail;

/// <summary>"E-maily podle stavu": messages of the last 30 days by kind and delivery status.</summary>
[ViewComponent(Name = Name)]
public sealed class MailByStatusViewComponent(MailHistory history, TimeProvider clock) : ViewComponent
{
    public const string Name = "MailByStatus";

    public const int Days = 30;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-Days);
        var counts = await history.CountsSinceAsync(since, HttpContext.RequestAborted);
        var rows = counts.GroupBy(c => c.Category).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MailStatusRow(g.Key, Count(g, MailStatus.Sent), Count(g, MailStatus.Pending), Count(g, MailStatus.Failed)))
            .ToList();
        return View(rows);
    }

    private static int Count(IEnumerable<MailCount> counts, MailStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
}

public sealed record MailStatusRow(string Category, int Sent, int Pending, int Failed);
