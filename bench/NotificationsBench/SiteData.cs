using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Mail;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Filings.Services;
using Pelhrimov.People.Data;
using Pelhrimov.People.Domain;

namespace Pelhrimov.NotificationsBench;

/// <summary>A filing of a bench citizen, and the address its notifications go to.</summary>
public sealed record BenchFiling(Guid Id, string Reference, string Email);

/// <summary>Citizens (confirmed e-mail, linked to a back-office person, as after an eID sign-in) and their filings, made
/// through the modules' own services; and the wait until the site has nothing left to do.</summary>
public static class SiteData
{
    public static async Task<List<BenchFiling>> CreateAsync(IServiceProvider services, int filings, int filingsPerCitizen)
    {
        var result = new List<BenchFiling>(filings);
        for (var citizen = 0; citizen * filingsPerCitizen < filings; citizen++)
        {
            var email = $"obcan{citizen:D5}@bench.example";
            var personId = $"OS-B{citizen:D6}";
            await using (var scope = services.CreateAsyncScope())
            {
                var account = new CitizenAccount { Email = email, EmailConfirmed = true, GivenName = "Jana", FamilyName = $"Nováková {citizen}", CreatedUtc = DateTime.UtcNow };
                var created = await scope.ServiceProvider.GetRequiredService<UserManager<CitizenAccount>>().CreateAsync(account);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
                }
                var people = scope.ServiceProvider.GetRequiredService<PeopleDbContext>();
                people.Links.Add(new PersonLink { AccountId = account.Id, PersonId = personId, Method = LinkMethod.Clerk, LinkedUtc = DateTime.UtcNow, LinkedBy = "bench" });
                await people.SaveChangesAsync();
            }
            for (var i = 0; i < filingsPerCitizen && result.Count < filings; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var (filing, _) = await scope.ServiceProvider.GetRequiredService<FilingsService>().UpsertAsync($"BENCH-{citizen}-{i}",
                    new FilingData(personId, "Žádost o parkovací kartu pro rezidenty", FilingChannel.Portal, DateTime.UtcNow.AddHours(-1), Department: "Odbor dopravy"),
                    "bench", CancellationToken.None);
                result.Add(new BenchFiling(filing.Id, filing.Reference, email));
            }
        }
        return result;
    }

    /// <summary>A status change as a clerk or the records system makes it (one transaction with its event); returns when committed.</summary>
    public static async Task ChangeStatusAsync(IServiceProvider services, BenchFiling filing)
    {
        await using var scope = services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<FilingsService>();
        var found = await service.FindByIdAsync(filing.Id, CancellationToken.None) ?? throw new InvalidOperationException("The filing is gone.");
        await service.ChangeStatusAsync(found, new StatusChangeRequest("bench-" + filing.Id.ToString("N"), FilingStatus.InProgress,
            "Předali jsme odboru dopravy, ozveme se do 30 dnů.", null, "úředník"), CancellationToken.None);
    }

    /// <summary>Waits until no event delivery and no e-mail is pending (the sample recipe's and the set-up's own work).</summary>
    public static async Task WaitIdleAsync(IServiceProvider services, TimeSpan timeout)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            await using var scope = services.CreateAsyncScope();
            var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            var pending = await core.EventDeliveries.CountAsync(d => d.Status == DeliveryStatus.Pending)
                + await core.OutgoingMail.CountAsync(m => m.Status == MailStatus.Pending);
            if (pending == 0)
            {
                return;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The site did not become idle.");
    }
}
