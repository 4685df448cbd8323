using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Security;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Receivables.Controllers.Admin;

/// <summary>Totals of one kind in one period.</summary>
public sealed record ReceivableTotal(string Kind, string Period, int Count, decimal Amount, decimal Paid)
{
    public decimal Remaining => Amount - Paid;
}

public sealed record ReceivableRow(string Id, string PersonId, string Kind, string Period, decimal Amount, decimal Paid, DateOnly DueDate,
    ReceivableStatus Status, string VariableSymbol, string? PaymentCode);

public sealed record ReceivablesOverview(
    IReadOnlyList<ReceivableTotal> Totals,
    IReadOnlyList<ReceivableRow> Latest,
    int Count,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Periods,
    string? Kind,
    string? Period,
    string? PersonId);

/// <summary><c>/admin/pohledavky</c>: totals by kind and period, and the latest receivables, filtered.</summary>
[AuthorizePermission(Permissions.ViewName)]
public sealed class ReceivablesAdminController(ReceivablesDbContext db, TimeProvider clock) : AdminController
{
    public const int LatestCount = 50;

    [HttpGet(AdminMenu.Url)]
    public async Task<IActionResult> Index([FromQuery(Name = "druh")] string? kind, [FromQuery(Name = "obdobi")] string? period,
        [FromQuery(Name = "osoba")] string? personId, CancellationToken cancellationToken)
    {
        kind = string.IsNullOrWhiteSpace(kind) ? null : kind.Trim();
        period = string.IsNullOrWhiteSpace(period) ? null : period.Trim();
        personId = string.IsNullOrWhiteSpace(personId) ? null : personId.Trim();
        var query = db.Receivables.AsNoTracking().Where(r => !r.Cancelled);
        if (kind is not null)
        {
            query = query.Where(r => r.Kind == kind);
        }
        if (period is not null)
        {
            query = query.Where(r => r.Period == period);
        }
        if (personId is not null)
        {
            query = query.Where(r => r.PersonId == personId);
        }
        var totals = await query.GroupBy(r => new { r.Kind, r.Period })
            .Select(g => new ReceivableTotal(g.Key.Kind, g.Key.Period, g.Count(), g.Sum(r => r.Amount), g.Sum(r => r.PaidAmount)))
            .ToListAsync(cancellationToken);
        var today = CzechFormat.Today(clock);
        var latestRows = await query.OrderByDescending(r => r.UpdatedUtc).ThenByDescending(r => r.Id).Take(LatestCount).ToListAsync(cancellationToken);
        var latest = latestRows
            .Select(r => new ReceivableRow(r.ExternalId, r.PersonId, r.Kind, r.Period, r.Amount, r.PaidAmount, r.DueDate, ReceivableStatuses.Of(r, today),
                r.VariableSymbol, r.PaymentCode is null ? null : PaymentCode.Format(r.PaymentCode)))
            .ToList();
        var czech = StringComparer.Create(CzechFormat.Culture, true);
        var kinds = await db.Receivables.AsNoTracking().Select(r => r.Kind).Distinct().ToListAsync(cancellationToken);
        var periods = await db.Receivables.AsNoTracking().Select(r => r.Period).Distinct().ToListAsync(cancellationToken);
        return View(new ReceivablesOverview(
            [.. totals.OrderBy(t => t.Kind, czech).ThenByDescending(t => t.Period, StringComparer.Ordinal)],
            latest, totals.Sum(t => t.Count), [.. kinds.Order(czech)], [.. periods.OrderDescending(StringComparer.Ordinal)],
            kind, period, personId));
    }
}
