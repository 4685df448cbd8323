using Microsoft.AspNetCore.Mvc;

namespace Pelhrimov.Receivables.Statistics;

/// <summary>"Pohledávky": due, paid and outstanding by month of the due date, and by kind, on the admin dashboard.</summary>
[ViewComponent(Name = Name)]
public sealed class ReceivablesDashboardViewComponent(ReceivableStatistics statistics) : ViewComponent
{
    public const string Name = "ReceivablesDashboard";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var data = await statistics.ByMonthAsync(HttpContext.RequestAborted);
        return View((ReceivableStatistics.Chart(data), data));
    }
}
