using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Citizens.Statistics;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Charts;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Controllers.Admin;

/// <summary>The citizens' dashboard tables as CSV for Excel.</summary>
[AuthorizePermission(Permissions.ViewStatisticsName)]
public sealed class CitizenStatisticsAdminController(CitizenStatistics statistics) : AdminController
{
    [HttpGet("/admin/obcane/statistiky/{section}.csv")]
    public async Task<IActionResult> Csv(string section, CancellationToken cancellationToken)
    {
        byte[]? csv = section switch
        {
            "prihlaseni" => CsvDocument.Write(["Den", "eID celkem", "eID vysoká", "eID značná", "eID nízká", "E-mail a heslo"],
                (await statistics.SignInsAsync(cancellationToken)).Select(d => CsvDocument.Row(CsvDocument.Day(d.Date), d.Eid, d.High, d.Substantial, d.Low, d.Password))),
            "identifikovani" => CsvDocument.Write(["Den", "Účty ověřené přes eID"],
                (await statistics.IdentifiedAsync(cancellationToken)).Select(d => CsvDocument.Row(CsvDocument.Day(d.Date), d.Count))),
            _ => null,
        };
        return csv is null ? NotFound() : File(csv, CsvDocument.ContentType, $"obcane-{section}-{statistics.Today:yyyy-MM-dd}.csv");
    }
}
