using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Charts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Receivables.Data;

namespace Pelhrimov.Receivables.Statistics;

/// <summary>
/// Amounts of receivables due in one month (or of one kind): prescribed, paid towards them, and still outstanding.
/// <see cref="Paid"/> counts a receivable's payments up to its amount, so that <c>Due = Paid + Outstanding</c>; an
/// overpayment is not income of that month's receivables.
/// </summary>
public sealed record ReceivableAmounts(int Count, decimal Due, decimal Paid, decimal Outstanding)
{
    public static readonly ReceivableAmounts None = new(0, 0m, 0m, 0m);

    public ReceivableAmounts Add(decimal amount, decimal paid)
    {
        var covered = Math.Min(Math.Max(paid, 0m), amount);
        return new(Count + 1, Due + amount, Paid + covered, Outstanding + amount - covered);
    }
}

/// <summary>One month of due dates: its first day and its amounts.</summary>
public sealed record ReceivableMonth(DateOnly Month, ReceivableAmounts Amounts);

/// <summary>One kind of receivable over the same months.</summary>
public sealed record ReceivableKindTotal(string Kind, ReceivableAmounts Amounts);

/// <summary>The receivables due in the last <see cref="ReceivableStatistics.Months"/> months, by month and by kind.</summary>
public sealed record ReceivablesDashboardData(DateOnly From, DateOnly To, IReadOnlyList<ReceivableMonth> Months, IReadOnlyList<ReceivableKindTotal> Kinds);

/// <summary>
/// The receivables module's figures for the admin dashboard: receivables by month of their due date over the last
/// twelve months (this one included), cancelled ones left out, and the same period's totals by kind. Amounts only.
/// </summary>
public sealed class ReceivableStatistics(ReceivablesDbContext db, TimeProvider clock)
{
    public const int Months = 12;

    public DateOnly Today => CzechFormat.Today(clock);

    public async Task<ReceivablesDashboardData> ByMonthAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        var to = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months);
        // Amounts are summed here, not by the database: SQLite keeps decimals as text, and a town's year is a few
        // tens of thousands of rows of four columns.
        var rows = await db.Receivables.AsNoTracking()
            .Where(r => !r.Cancelled && r.DueDate >= from && r.DueDate <= to)
            .Select(r => new { r.DueDate, r.Kind, r.Amount, r.PaidAmount })
            .ToListAsync(cancellationToken);
        var months = Enumerable.Range(0, Months).Select(i => from.AddMonths(i)).ToDictionary(m => m, _ => ReceivableAmounts.None);
        var kinds = new Dictionary<string, ReceivableAmounts>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var month = new DateOnly(r.DueDate.Year, r.DueDate.Month, 1);
            months[month] = months[month].Add(r.Amount, r.PaidAmount);
            kinds[r.Kind] = kinds.GetValueOrDefault(r.Kind, ReceivableAmounts.None).Add(r.Amount, r.PaidAmount);
        }
        var czech = StringComparer.Create(CzechFormat.Culture, true);
        return new ReceivablesDashboardData(from, to,
            [.. months.OrderBy(m => m.Key).Select(m => new ReceivableMonth(m.Key, m.Value))],
            [.. kinds.OrderBy(k => k.Key, czech).Select(k => new ReceivableKindTotal(k.Key, k.Value))]);
    }

    /// <summary><c>listopad 2026</c>.</summary>
    public static string MonthName(DateOnly month) => month.ToString("MMMM yyyy", CzechFormat.Culture);

    /// <summary><c>11/2026</c>: short enough for the chart's axis.</summary>
    public static string MonthShort(DateOnly month) => month.ToString("M/yyyy", CultureInfo.InvariantCulture);

    /// <summary>An amount for CSV as Czech Excel reads a number: decimal comma, two places, no grouping (<c>1500,50</c>).</summary>
    public static string CsvAmount(decimal amount) => amount.ToString("0.00", CzechFormat.Culture);

    public static string Chart(ReceivablesDashboardData data)
    {
        var due = data.Months.Sum(m => m.Amounts.Due);
        var paid = data.Months.Sum(m => m.Amounts.Paid);
        var summary = $"Pohledávky splatné od {CzechFormat.Date(data.From)} do {CzechFormat.Date(data.To)}: předepsáno "
            + $"{CzechFormat.Money(due)}, zaplaceno {CzechFormat.Money(paid)}, zbývá zaplatit {CzechFormat.Money(due - paid)} (rozdíl obou čar). "
            + "Částky po měsících jsou v tabulce pod grafem.";
        return SvgChart.Line(
            new ChartText("graf-pohledavky-po-mesicich", $"Pohledávky podle měsíce splatnosti za posledních {Months} měsíců", summary, "Měsíc splatnosti", "Kč"),
            [.. data.Months.Select(m => MonthShort(m.Month))],
            [
                // Two lines that differ by dash as well as colour; what is left to pay is the gap between them.
                new ChartSeries("Předepsáno", [.. data.Months.Select(m => (double)m.Amounts.Due)], ChartColors.Blue),
                new ChartSeries("Zaplaceno", [.. data.Months.Select(m => (double)m.Amounts.Paid)], ChartColors.Red, Dashed: true),
            ]);
    }
}
