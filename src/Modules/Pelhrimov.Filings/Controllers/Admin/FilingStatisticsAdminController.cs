using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Charts;
using Pelhrimov.Core.Security;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Filings.Statistics;

namespace Pelhrimov.Filings.Controllers.Admin;

/// <summary>The filings dashboard tables as CSV for Excel.</summary>
[AuthorizePermission(Permissions.ManageName)]
public sealed class FilingStatisticsAdminController(FilingStatistics statistics) : AdminController
{
    public const string CsvPath = "/admin/podani/statistiky/";

    [HttpGet(CsvPath + "{section}.csv")]
    public async Task<IActionResult> Csv(string section, CancellationToken cancellationToken)
    {
        byte[]? csv = section switch
        {
            "stav" => CsvDocument.Write(["Stav", "Počet podání"],
                (await statistics.ByStatusAsync(cancellationToken)).Select(s => CsvDocument.Row(s.Status.Name(), s.Count))),
            "stari" => CsvDocument.Write(["Doba od podání", "Otevřená podání"],
                (await statistics.OpenByAgeAsync(cancellationToken)).Select(b => CsvDocument.Row(b.Label, b.Count))),
            _ => null,
        };
        return csv is null ? NotFound() : File(csv, CsvDocument.ContentType, $"podani-{section}-{statistics.Today:yyyy-MM-dd}.csv");
    }
}
