using Microsoft.EntityFrameworkCore;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Preferences;
using Pelhrimov.Notifications.Sending;

namespace Pelhrimov.Notifications.Unsubscribe;

/// <summary>What an unsubscribe link is about, in Czech, for its confirmation page; null for a link that names nothing.</summary>
public sealed record UnsubscribeSubject(string What, string? Address);

/// <summary>Carries out a one-click unsubscribe: e-mail of a kind off for a citizen, or a news subscription ended.</summary>
public sealed class Unsubscriber(
    NotificationsDbContext db, NotificationKinds kinds, NotificationPreferences preferences, UnsubscribeTokens tokens, CitizenContacts contacts, TimeProvider clock)
{
    /// <summary>What the token would unsubscribe from; null for a bad or tampered token (or a target that is gone: a deleted account).</summary>
    public async Task<UnsubscribeSubject?> DescribeAsync(string? token, CancellationToken cancellationToken)
    {
        var target = tokens.ReadUnsubscribe(token);
        if (target?.AccountId is { } account && await contacts.FindAsync(account, cancellationToken) is null)
        {
            return null;
        }
        switch (target)
        {
            case { SubscriptionId: { } id }:
                var subscription = await db.NewsSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
                return subscription is null ? null : new UnsubscribeSubject($"novinky z rubriky „{subscription.Category}“", subscription.Email);
            case { KindKey: UnsubscribeTokens.AllKinds }:
                return new UnsubscribeSubject("všechna oznámení e-mailem (i jejich souhrny)", null);
            case { KindKey: { } key } when kinds.Find(key) is { } kind:
                return new UnsubscribeSubject($"oznámení e-mailem „{kind.Title}“", null);
            default:
                return null;
        }
    }

    /// <summary>Unsubscribes; false (and nothing changed) for a bad or tampered token. Doing it twice changes nothing more.</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        if (await DescribeAsync(token, cancellationToken) is null)
        {
            return false;
        }
        var target = tokens.ReadUnsubscribe(token)!;
        if (target.SubscriptionId is { } id)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.NewsSubscriptions.Where(s => s.Id == id && s.UnsubscribedUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.UnsubscribedUtc, now), cancellationToken);
            return true;
        }
        var keys = target.KindKey == UnsubscribeTokens.AllKinds
            ? [.. kinds.All.Where(k => !NewsKinds.IsNewsKind(k.Key)).Select(k => k.Key)]
            : new[] { target.KindKey! };
        await preferences.SwitchEmailOffAsync(target.AccountId!.Value, keys, cancellationToken);
        return true;
    }
}
