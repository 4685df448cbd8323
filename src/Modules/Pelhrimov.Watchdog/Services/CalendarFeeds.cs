using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Watchdog.Data;
using Pelhrimov.Watchdog.Domain;

namespace Pelhrimov.Watchdog.Services;

/// <summary>
/// The secret address of a citizen's calendar feed. The token is 32 random bytes (base64url); the table keeps its SHA-256,
/// by which a request is looked up, and a copy protected with the site's data-protection keys, so that the page can show
/// the address again (a copy of the database alone does not give it away). A new address replaces the old one at once.
/// </summary>
public sealed class CalendarFeeds(WatchdogDbContext db, IDataProtectionProvider dataProtection, TimeProvider clock)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Pelhrimov.Watchdog.CalendarFeed");

    /// <summary>The account's current token, or null when it has none (or its protected copy can no longer be read).</summary>
    public async Task<string?> CurrentTokenAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var feed = await db.Feeds.AsNoTracking().FirstOrDefaultAsync(f => f.AccountId == accountId, cancellationToken);
        if (feed is null)
        {
            return null;
        }
        try
        {
            return _protector.Unprotect(feed.ProtectedToken);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Makes a new token for the account, revoking the previous one; returns the new token.</summary>
    public async Task<string> RenewAsync(Guid accountId, bool includesTownDates, CancellationToken cancellationToken)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var feed = await db.Feeds.FirstOrDefaultAsync(f => f.AccountId == accountId, cancellationToken);
        if (feed is null)
        {
            feed = new CalendarFeed { AccountId = accountId, TokenHash = "", ProtectedToken = "" };
            db.Feeds.Add(feed);
        }
        feed.TokenHash = Hash(token);
        feed.ProtectedToken = _protector.Protect(token);
        feed.IncludesTownDates = includesTownDates;
        feed.CreatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The feed of a token; null for an unknown or revoked one.</summary>
    public async Task<CalendarFeed?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (token is null || token.Length is < 40 or > 50)
        {
            return null;
        }
        var hash = Hash(token);
        return await db.Feeds.AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash, cancellationToken);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
