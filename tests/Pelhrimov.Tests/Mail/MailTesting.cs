using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Mail;

namespace Pelhrimov.Tests.Mail;

/// <summary>Shortcuts of the mail tests: queue a message, read the outbox, wait for a row to reach a state.</summary>
internal static class MailTesting
{
    /// <summary>A recipient no other test uses.</summary>
    public static string NewAddress(string name = "obcan") => $"{name}-{Guid.NewGuid():N}@example.cz";

    public static Task EnqueueAsync(this PortalApp app, OutgoingMessage message) =>
        app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IMailQueue>().EnqueueAsync(message);
            return true;
        });

    public static Task<List<OutgoingMail>> OutboxForAsync(this PortalApp app, string to) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().OutgoingMail.AsNoTracking()
            .Where(m => m.To == to).OrderBy(m => m.Id).ToListAsync());

    /// <summary>The single outbox row for <paramref name="to"/> once <paramref name="condition"/> holds for it.</summary>
    public static async Task<OutgoingMail> WaitForRowAsync(this PortalApp app, string to, Func<OutgoingMail, bool> condition, TimeSpan? within = null)
    {
        // A monotonic clock: a step of the machine's wall clock must not end the wait early.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var limit = within ?? TimeSpan.FromSeconds(30);
        while (true)
        {
            var row = (await app.OutboxForAsync(to)).SingleOrDefault();
            if (row is not null && condition(row))
            {
                return row;
            }
            if (waited.Elapsed > limit)
            {
                throw new TimeoutException(row is null
                    ? $"No outbox row for {to}."
                    : $"Outbox row for {to} stayed {row.Status}, {row.Attempts} attempts, last error: {row.LastError}");
            }
            await Task.Delay(100);
        }
    }
}
