using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Security;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Payments;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Receivables.Controllers;

/// <summary>The list of the viewer's receivables, filtered by year and kind, with totals.</summary>
public sealed record PaymentsPage(
    IReadOnlyList<ReceivableSummary> Outstanding,
    IReadOnlyList<ReceivableSummary> Settled,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Kinds,
    int? Year,
    string? Kind,
    DateOnly Today,
    bool Linked,
    string? Notice = null,
    bool Available = true)
{
    public decimal OutstandingTotal => Outstanding.Sum(r => r.Outstanding);

    public decimal OverdueTotal => Outstanding.Where(r => r.StatusOn(Today) == ReceivableStatus.Overdue).Sum(r => r.Outstanding);

    public decimal PaidTotal => Outstanding.Concat(Settled).Sum(r => r.Paid);
}

/// <summary>One receivable: how to pay it (text and QR Platba), its payments and history.</summary>
/// <param name="Notice">When the finance system did not answer: as of when the shown data is (ADR 0034).</param>
public sealed record PaymentDetailPage(ReceivableDetail Detail, DateOnly Today, HowToPay? HowToPay, string? Notice = null)
{
    public ReceivableSummary Receivable => Detail.Receivable;

    public ReceivableStatus Status => Receivable.StatusOn(Today);
}

/// <summary>
/// <c>/muj-portal/platby</c>: what the citizen owes the town and has paid. Identified citizens only (eID at the town's
/// level); a receivable of anyone else is 404, whatever its id.
/// </summary>
[Route(CitizenPaths.List)]
[Authorize(Policy = CitizenAuthentication.SignedInPolicy)]
public sealed class CitizenPaymentsController(CitizenReceivables receivables) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "rok")] string? year, [FromQuery(Name = "druh")] string? kind)
    {
        Response.Headers.CacheControl = "no-store";
        if (!await receivables.IsIdentifiedAsync(User))
        {
            return View("Identify");
        }
        var accountId = CitizenReceivables.AccountId(User)!.Value;
        var today = receivables.Today;
        var result = await receivables.ListAsync(accountId, HttpContext.RequestAborted);
        var notice = BackOfficeNotice.For(result, BackOfficeNotice.FinanceSystem);
        if (!result.IsAvailable)
        {
            return View(new PaymentsPage([], [], [], [], null, null, today, Linked: true, notice, Available: false));
        }
        var all = result.Value;
        int? selectedYear = int.TryParse(year, out var y) ? y : null;
        var selectedKind = string.IsNullOrWhiteSpace(kind) ? null : kind;
        var shown = all.Where(r => (selectedYear is null || r.DueDate.Year == selectedYear) && (selectedKind is null || r.Kind == selectedKind)).ToList();
        var linked = all.Count > 0 || (await receivables.PersonIdsAsync(accountId, HttpContext.RequestAborted)).Count > 0;
        return View(new PaymentsPage(
            [.. shown.Where(r => r.StatusOn(today).IsOutstanding()).OrderBy(r => r.DueDate)],
            [.. shown.Where(r => !r.StatusOn(today).IsOutstanding())],
            [.. all.Select(r => r.DueDate.Year).Distinct().OrderDescending()],
            [.. all.Select(r => r.Kind).Distinct().Order(StringComparer.Create(Core.Formatting.CzechFormat.Culture, true))],
            selectedYear, selectedKind, today, linked, notice));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Detail(string id)
    {
        Response.Headers.CacheControl = "no-store";
        if (!await receivables.IsIdentifiedAsync(User))
        {
            return View("Identify");
        }
        var result = await receivables.FindAsync(CitizenReceivables.AccountId(User)!.Value, id, HttpContext.RequestAborted);
        if (!result.IsAvailable)
        {
            // The same page for any id, the citizen's own or not: it says nothing about whether the id exists.
            return View("Unavailable", BackOfficeNotice.Unavailable(BackOfficeNotice.FinanceSystem));
        }
        if (result.Value is not { } detail)
        {
            return NotFound();
        }
        var today = receivables.Today;
        var receivable = detail.Receivable;
        return View(new PaymentDetailPage(detail, today, receivable.StatusOn(today).IsOutstanding() ? HowToPay.For(receivable, anonymous: false) : null,
            BackOfficeNotice.For(result, BackOfficeNotice.FinanceSystem)));
    }
}
