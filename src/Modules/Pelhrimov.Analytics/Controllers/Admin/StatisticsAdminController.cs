using Pelhrimov.Core.Charts;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Analytics.Services;
using Pelhrimov.Analytics.ViewComponents;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Analytics.Controllers.Admin;

/// <summary><c>/admin/statistiky</c>: every statistics section in full, and each table as CSV for Excel.</summary>
[AuthorizePermission(Permissions.ViewName)]
public sealed class StatisticsAdminController(StatisticsQueries queries) : AdminController
{
    [HttpGet("/admin/statistiky")]
    public IActionResult Index() => View();

    [HttpGet("/admin/statistiky/{section}.csv")]
    public async Task<IActionResult> Csv(string section, [FromQuery(Name = StatisticsPeriod.QueryName)] string? period, CancellationToken cancellationToken)
    {
        var days = StatisticsPeriod.Parse(period);
        byte[]? csv = section switch
        {
            "navstevnost" => CsvDocument.Write(["Den", "Zobrazení stránek", "Návštěvy"],
                (await queries.TrafficAsync(days, cancellationToken)).Select(d => CsvDocument.Row(CsvDocument.Day(d.Date), d.Views, d.Visits))),
            "stranky" => CsvDocument.Write(["Stránka", "Zobrazení"],
                (await queries.TopPagesAsync(StatisticsPeriod.Month, TopPagesViewComponent.Count, cancellationToken)).Select(p => CsvDocument.Row(p.Path, p.Views))),
            "prihlaseni" => CsvDocument.Write(["Den", "Přihlášení", "Neúspěšné pokusy"],
                (await queries.StaffSignInsAsync(StatisticsPeriod.Month, cancellationToken)).Select(d => CsvDocument.Row(CsvDocument.Day(d.Date), d.SignIns, d.Failures))),
            _ => null,
        };
        return csv is null ? NotFound() : File(csv, CsvDocument.ContentType, $"statistiky-{section}-{queries.Today:yyyy-MM-dd}.csv");
    }
}
