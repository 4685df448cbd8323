using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Pelhrimov.Notifications.Unsubscribe;

/// <summary>What an unsubscribe link stops: one kind of e-mail to a citizen account, or a news subscription.</summary>
/// <param name="AccountId">The citizen account, for a citizen's link.</param>
/// <param name="KindKey">The kind of notification, or <see cref="UnsubscribeTokens.AllKinds"/> (a digest's link).</param>
/// <param name="SubscriptionId">The news subscription (an address and a category), for a subscriber's link.</param>
public sealed record UnsubscribeTarget(Guid? AccountId, string? KindKey, Guid? SubscriptionId)
{
    public static UnsubscribeTarget Citizen(Guid accountId, string kindKey) => new(accountId, kindKey, null);

    public static UnsubscribeTarget Subscriber(Guid subscriptionId) => new(null, null, subscriptionId);
}

/// <summary>
/// Signed tokens for the links in e-mails that need no sign-in: unsubscribe (RFC 8058) and confirming a news subscription.
/// The payload is protected with the site's data-protection keys (authenticated encryption), so a token cannot be
/// guessed, read or altered; a purpose per use keeps a confirmation token from working as an unsubscribe one (ADR 0048).
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider dataProtection)
{
    public const string AllKinds = "*";

    private readonly IDataProtector _unsubscribe = dataProtection.CreateProtector("Pelhrimov.Notifications.Unsubscribe.v1");
    private readonly ITimeLimitedDataProtector _confirm =
        dataProtection.CreateProtector("Pelhrimov.Notifications.ConfirmSubscription.v1").ToTimeLimitedDataProtector();

    /// <summary>How long a link confirming a news subscription works.</summary>
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromDays(7);

    public string ForUnsubscribe(UnsubscribeTarget target) => _unsubscribe.Protect(target.SubscriptionId is { } subscription
        ? "n|" + subscription.ToString("N")
        : "c|" + target.AccountId!.Value.ToString("N") + "|" + target.KindKey);

    /// <summary>The target of a token; null for a token that is malformed, tampered with or signed by unknown keys.</summary>
    public UnsubscribeTarget? ReadUnsubscribe(string? token)
    {
        var parts = Unprotect(_unsubscribe, token)?.Split('|');
        return parts switch
        {
            ["n", var id] when Guid.TryParseExact(id, "N", out var subscription) => UnsubscribeTarget.Subscriber(subscription),
            ["c", var id, { Length: > 0 } kind] when Guid.TryParseExact(id, "N", out var account) => UnsubscribeTarget.Citizen(account, kind),
            _ => null,
        };
    }

    public string ForConfirmation(Guid subscriptionId) => _confirm.Protect(subscriptionId.ToString("N"), ConfirmationLifetime);

    public Guid? ReadConfirmation(string? token) =>
        Guid.TryParseExact(Unprotect(_confirm, token) ?? "", "N", out var id) ? id : null;

    private static string? Unprotect(IDataProtector protector, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }
        try
        {
            return protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
