using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Receivables.CardPayments.Controllers;
using Pelhrimov.Receivables.CardPayments.Data;
using Pelhrimov.Receivables.CardPayments.Domain;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Tests.Receivables.CardPayments;

/// <summary>
/// The portal with the card payments module (<c>http://127.0.0.1:PORT</c>) and the gateway simulator in a PortalApp of its
/// own on another origin, which knows the portal as its shop and posts notifications to the portal's notification
/// address (<c>http://localhost:PORT/platby/karta/notifikace</c>). The secret is made per run. The portal runs no
/// scheduled jobs: the tests run the pending check themselves.
/// </summary>
public sealed class CardPaymentApps : IAsyncLifetime
{
    public const string MerchantId = "246810";

    public PortalApp Gateway { get; private set; } = null!;

    public PortalApp Portal { get; private set; } = null!;

    public string Secret { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public async ValueTask InitializeAsync()
    {
        var portalPort = PortalApp.FreePort();
        Gateway = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings =
            {
                ["PaymentGatewaySimulator:Merchants:0:MerchantId"] = MerchantId,
                ["PaymentGatewaySimulator:Merchants:0:Secret"] = Secret,
                ["PaymentGatewaySimulator:Merchants:0:NotificationUrl"] = $"http://localhost:{portalPort}{CardPaymentPaths.Notification}",
            },
        });
        Portal = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Port = portalPort,
            Settings =
            {
                ["ComGate:BaseUrl"] = new Uri(Gateway.BaseAddress, "platebni-brana-simulator/v1.0/").AbsoluteUri,
                ["ComGate:MerchantId"] = MerchantId,
                ["ComGate:Secret"] = Secret,
                ["ComGate:Test"] = "true",
                ["PaymentGatewaySimulator:Enabled"] = "false",
                ["Scheduler:Enabled"] = "false",
                ["CardPayments:PendingCheckAfter"] = "00:00:00",
            },
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Portal is not null)
        {
            await Portal.DisposeAsync();
        }
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }
    }

    /// <summary>A fresh receivable of <paramref name="personId"/> through the finance system's API.</summary>
    public static async Task<string> ReceivableAsync(HttpClient api, string personId, decimal amount, string kind = "Poplatek ze psů")
    {
        var id = ReceivablesTesting.NewId("KARTA");
        using var response = await api.PutReceivableAsync(id, ReceivablesTesting.Body(personId: personId, amount: amount, kind: kind));
        response.EnsureSuccessStatusCode();
        return id;
    }

    public Task<CardPaymentAttempt?> AttemptAsync(string reference) =>
        Portal.InScopeAsync(sp => sp.GetRequiredService<CardPaymentsDbContext>().Attempts.AsNoTracking().Include(a => a.Items)
            .FirstOrDefaultAsync(a => a.Reference == reference));

    public Task<List<CardPaymentAttempt>> AttemptsOfAsync(Guid accountId) =>
        Portal.InScopeAsync(sp => sp.GetRequiredService<CardPaymentsDbContext>().Attempts.AsNoTracking().Include(a => a.Items)
            .Where(a => a.AccountId == accountId).ToListAsync());

    public Task<int> AttemptCountAsync() =>
        Portal.InScopeAsync(sp => sp.GetRequiredService<CardPaymentsDbContext>().Attempts.CountAsync());

    /// <summary>The payments booked on receivable <paramref name="id"/>.</summary>
    public Task<List<ReceivablePayment>> PaymentsAsync(string id) =>
        Portal.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<ReceivablesDbContext>();
            return db.Payments.AsNoTracking().Where(p => db.Receivables.Any(r => r.Id == p.ReceivableId && r.ExternalId == id)).ToListAsync();
        });

    /// <summary>Waits until the portal has received <paramref name="count"/> verified notifications about the attempt.</summary>
    public async Task<CardPaymentAttempt> WaitForNotificationsAsync(string reference, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var attempt = await AttemptAsync(reference);
            if (attempt is { } a && a.Notifications >= count)
            {
                return a;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited 30 s for {count} notifications about {reference}; received {attempt?.Notifications}.");
            }
            await Task.Delay(50);
        }
    }
}
