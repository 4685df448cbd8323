using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Mail;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Unsubscribe;

namespace Pelhrimov.Notifications.News;

/// <summary>
/// News subscriptions with double opt-in: subscribing stores an unconfirmed row and mails a signed confirmation link;
/// only a confirmed address receives news. The caller learns nothing about whether the address was known.
/// </summary>
public sealed class NewsSubscriptions(NotificationsDbContext db, CoreDbContext core, IMailQueue mail, UnsubscribeTokens tokens, SiteAddress site, TimeProvider clock)
{
    public const string ConfirmationCategory = "news-confirmation";

    /// <summary>Confirmation e-mails to one address in an hour, at most; more requests change nothing.</summary>
    public const int ConfirmationsPerHour = 3;

    public const string ConfirmPath = "odber-novinek/potvrdit/";

    /// <summary>Subscribes the address (normalised) to the category unless it is already subscribed; mails the link.</summary>
    public async Task SubscribeAsync(string email, string category, CancellationToken cancellationToken)
    {
        email = email.Trim().ToLowerInvariant();
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.NewsSubscriptions.FirstOrDefaultAsync(s => s.Email == email && s.Category == category, cancellationToken);
        if (row is { ConfirmedUtc: not null, UnsubscribedUtc: null })
        {
            return;
        }
        var hourAgo = now.AddHours(-1);
        if (await core.OutgoingMail.CountAsync(m => m.To == email && m.Category == ConfirmationCategory && m.CreatedUtc > hourAgo, cancellationToken) >= ConfirmationsPerHour)
        {
            return;
        }
        if (row is null)
        {
            row = new NewsSubscription { Id = Guid.NewGuid(), Email = email, Category = category, CreatedUtc = now };
            db.NewsSubscriptions.Add(row);
        }
        else
        {
            (row.ConfirmedUtc, row.UnsubscribedUtc) = (null, null);
        }
        var link = new Uri(site.Root, ConfirmPath + tokens.ForConfirmation(row.Id)).ToString();
        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            await mail.EnqueueAsync(new OutgoingMessage(email, $"Potvrďte odběr novinek z rubriky „{category}“",
                $"Dobrý den,\n\nněkdo (nejspíš vy) požádal o zasílání novinek z rubriky „{category}“ na tuto adresu.\n" +
                $"Odběr potvrdíte na této stránce (odkaz platí 7 dní):\n{link}\n\nPokud jste o odběr nežádali, zprávu smažte; nic vám posílat nebudeme.\n",
                Category: ConfirmationCategory), cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The subscription a confirmation token names; null for a bad or expired token or a removed row.</summary>
    public async Task<NewsSubscription?> FindByConfirmationAsync(string? token, CancellationToken cancellationToken) =>
        tokens.ReadConfirmation(token) is { } id ? await db.NewsSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) : null;

    /// <summary>Confirms the subscription of the token; false when the token is bad (nothing changes then).</summary>
    public async Task<bool> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        if (tokens.ReadConfirmation(token) is not { } id)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await db.NewsSubscriptions.Where(s => s.Id == id && s.ConfirmedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedUtc, now).SetProperty(x => x.UnsubscribedUtc, (DateTime?)null), cancellationToken);
        return await db.NewsSubscriptions.AnyAsync(s => s.Id == id, cancellationToken);
    }
}
