using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Domain;

namespace Pelhrimov.Notifications.Preferences;

/// <summary>A citizen's per-kind choices of channels and e-mail frequency; defaults where nothing was chosen.</summary>
public sealed class NotificationPreferences(NotificationsDbContext db, TimeProvider clock)
{
    /// <summary>The choice for one kind (the default when none is stored).</summary>
    public async Task<NotificationPreference> ForAsync(Guid accountId, string kindKey, CancellationToken cancellationToken) =>
        await Stored.For(db)(db, accountId, kindKey, cancellationToken) ?? NotificationPreference.Default(accountId, kindKey);

    // Every notification to a citizen asks it (ADR 0061).
    private static readonly CompiledQuery<Func<NotificationsDbContext, Guid, string, CancellationToken, Task<NotificationPreference?>>> Stored = new(() =>
        EF.CompileAsyncQuery((NotificationsDbContext db, Guid accountId, string kindKey, CancellationToken _) =>
            db.Preferences.AsNoTracking().FirstOrDefault(p => p.AccountId == accountId && p.KindKey == kindKey)));

    /// <summary>The choice for each of <paramref name="kindKeys"/>, in that order.</summary>
    public async Task<IReadOnlyList<NotificationPreference>> ForAllAsync(Guid accountId, IEnumerable<string> kindKeys, CancellationToken cancellationToken)
    {
        var stored = await db.Preferences.AsNoTracking().Where(p => p.AccountId == accountId).ToDictionaryAsync(p => p.KindKey, cancellationToken);
        return [.. kindKeys.Select(k => stored.GetValueOrDefault(k) ?? NotificationPreference.Default(accountId, k))];
    }

    /// <summary>Stores the choices (one row per kind, replaced in place).</summary>
    public async Task SaveAsync(Guid accountId, IReadOnlyList<NotificationPreference> choices, CancellationToken cancellationToken)
    {
        var keys = choices.Select(c => c.KindKey).ToList();
        var stored = await db.Preferences.Where(p => p.AccountId == accountId && keys.Contains(p.KindKey)).ToDictionaryAsync(p => p.KindKey, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var choice in choices)
        {
            if (!stored.TryGetValue(choice.KindKey, out var row))
            {
                row = NotificationPreference.Default(accountId, choice.KindKey);
                db.Preferences.Add(row);
            }
            (row.Email, row.Inbox, row.Sms, row.Frequency, row.UpdatedUtc) = (choice.Email, choice.Inbox, choice.Sms, choice.Frequency, now);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Switches e-mail off for the kinds (one-click unsubscribe), keeping the other choices.</summary>
    public async Task SwitchEmailOffAsync(Guid accountId, IReadOnlyList<string> kindKeys, CancellationToken cancellationToken)
    {
        var current = await ForAllAsync(accountId, kindKeys, cancellationToken);
        foreach (var choice in current)
        {
            choice.Email = false;
        }
        await SaveAsync(accountId, current, cancellationToken);
    }
}
