using Microsoft.EntityFrameworkCore;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Core.Charts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Statistics;

/// <summary>Citizen sign-ins on one day, by method and, for eID, by level of assurance.</summary>
public sealed record CitizenSignInDay(DateOnly Date, int Eid, int Password, int Low, int Substantial, int High);

/// <summary>How many accounts with eID existed at the end of a day.</summary>
public sealed record IdentifiedCitizensDay(DateOnly Date, int Count);

/// <summary>The citizens module's figures for the admin dashboard, computed from its own tables (nothing personal).</summary>
public sealed class CitizenStatistics(CitizensDbContext db, TimeProvider clock)
{
    public const int SignInDays = 30;
    public const int IdentifiedDays = 365;

    public DateOnly Today => CzechFormat.Today(clock);

    public async Task<IReadOnlyList<CitizenSignInDay>> SignInsAsync(CancellationToken cancellationToken)
    {
        var first = Today.AddDays(-(SignInDays - 1));
        var since = CzechFormat.ToUtc(first.ToDateTime(TimeOnly.MinValue));
        var records = await db.SignIns.AsNoTracking().Where(s => s.OccurredUtc >= since)
            .Select(s => new { s.OccurredUtc, s.Method, s.Level }).ToListAsync(cancellationToken);
        var byDay = records.ToLookup(r => DateOnly.FromDateTime(CzechFormat.ToLocal(r.OccurredUtc)));
        return Enumerable.Range(0, SignInDays).Select(i =>
        {
            var date = first.AddDays(i);
            var day = byDay[date].ToList();
            var eid = day.Where(r => r.Method == CitizenAuthentication.EidMethod).ToList();
            return new CitizenSignInDay(date, eid.Count, day.Count - eid.Count,
                eid.Count(r => r.Level == IdentityLevel.Low), eid.Count(r => r.Level == IdentityLevel.Substantial), eid.Count(r => r.Level == IdentityLevel.High));
        }).ToList();
    }

    public async Task<IReadOnlyList<IdentifiedCitizensDay>> IdentifiedAsync(CancellationToken cancellationToken)
    {
        var created = await db.Users.AsNoTracking().Where(a => a.PersonIdentifier != null)
            .Select(a => a.CreatedUtc).ToListAsync(cancellationToken);
        var dates = created.Select(c => DateOnly.FromDateTime(CzechFormat.ToLocal(c))).OrderBy(d => d).ToList();
        var first = Today.AddDays(-(IdentifiedDays - 1));
        var result = new List<IdentifiedCitizensDay>(IdentifiedDays);
        var index = 0;
        for (var i = 0; i < IdentifiedDays; i++)
        {
            var date = first.AddDays(i);
            while (index < dates.Count && dates[index] <= date)
            {
                index++;
            }
            result.Add(new IdentifiedCitizensDay(date, index));
        }
        return result;
    }

    public static string SignInsChart(IReadOnlyList<CitizenSignInDay> days)
    {
        var summary = $"Za posledních {days.Count} dní {CzechFormat.Number(days.Sum(d => d.Eid))} přihlášení přes eID "
            + $"(úroveň vysoká {CzechFormat.Number(days.Sum(d => d.High))}, značná {CzechFormat.Number(days.Sum(d => d.Substantial))}, nízká {CzechFormat.Number(days.Sum(d => d.Low))}) "
            + $"a {CzechFormat.Number(days.Sum(d => d.Password))} přihlášení e-mailem a heslem. Přesná čísla po dnech jsou v tabulce pod grafem.";
        return SvgChart.Line(
            new ChartText("graf-prihlaseni-obcanu", $"Přihlášení občanů za posledních {days.Count} dní", summary, "Den", "Počet"),
            days.Select(d => CzechFormat.DayAndMonth(d.Date)).ToList(),
            [
                new ChartSeries("Přes eID", days.Select(d => (double)d.Eid).ToList(), ChartColors.Blue),
                new ChartSeries("E-mailem a heslem", days.Select(d => (double)d.Password).ToList(), ChartColors.Red, Dashed: true),
            ]);
    }

    public static string IdentifiedChart(IReadOnlyList<IdentifiedCitizensDay> days)
    {
        var summary = $"Na konci období {CzechPlural.Citizen.Count(days[^1].Count)} s účtem ověřeným přes eID, "
            + $"před {days.Count} dny {CzechFormat.Number(days[0].Count)}. Stav ke konci každého měsíce je v tabulce pod grafem.";
        return SvgChart.Line(
            new ChartText("graf-identifikovani-obcane", $"Identifikovaní občané za posledních {days.Count} dní", summary, "Den", "Počet účtů"),
            days.Select(d => CzechFormat.DayAndMonth(d.Date)).ToList(),
            [new ChartSeries("Účty ověřené přes eID", days.Select(d => (double)d.Count).ToList(), ChartColors.Blue)]);
    }

    /// <summary>The last day of each month in the period, and today: the table under the identified-citizens chart.</summary>
    public static IReadOnlyList<IdentifiedCitizensDay> MonthEnds(IReadOnlyList<IdentifiedCitizensDay> days) =>
        days.Where((d, i) => i == days.Count - 1 || d.Date.AddDays(1).Day == 1).ToList();
}
