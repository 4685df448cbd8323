using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Charts;
using Pelhrimov.Core.Security;
using Pelhrimov.Receivables.Statistics;

namespace Pelhrimov.Receivables.Controllers.Admin;

/// <summary>The receivables dashboard tables as CSV for Excel (amounts with a decimal comma).</summary>
[AuthorizePermission(Permissions.ViewName)]
public sealed class ReceivableStatisticsAdminController(ReceivableStatistics statistics) : AdminController
{
    public const string CsvPath = AdminMenu.Url + "/statistiky/";

    private static readonly string[] AmountHeader = ["Počet pohledávek", "Předepsáno (Kč)", "Zaplaceno (Kč)", "Zbývá zaplatit (Kč)"];

    [HttpGet(CsvPath + "{section}.csv")]
    public async Task<IActionResult> Csv(string section, CancellationToken cancellationToken)
    {
        if (section is not ("mesice" or "druhy"))
        {
            return NotFound();
        }
        var data = await statistics.ByMonthAsync(cancellationToken);
        var csv = section == "mesice"
            ? CsvDocument.Write(["Měsíc splatnosti", .. AmountHeader], data.Months.Select(m => Row(ReceivableStatistics.MonthName(m.Month), m.Amounts)))
            : CsvDocument.Write(["Druh", .. AmountHeader], data.Kinds.Select(k => Row(k.Kind, k.Amounts)));
        return File(csv, CsvDocument.ContentType, $"pohledavky-{section}-{statistics.Today:yyyy-MM-dd}.csv");
    }

    private static IReadOnlyList<string> Row(string label, ReceivableAmounts a) =>
    [
        label, a.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ReceivableStatistics.CsvAmount(a.Due), ReceivableStatistics.CsvAmount(a.Paid), ReceivableStatistics.CsvAmount(a.Outstanding),
    ];
}
