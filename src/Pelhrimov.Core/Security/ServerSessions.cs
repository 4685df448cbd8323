using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Pelhrimov.Core.Security;

/// <summary>
/// Server-side records of open sessions (ADR 0013): a session cookie carries the id of its record, and it is valid only
/// while the record exists. Signing out deletes the record, so a copy of the cookie stops working at once; a password
/// change, a role change, a block or a deleted account delete all records of the account.
/// </summary>
/// <remarks>
/// The records are rows of Identity's user-token table (provider <see cref="Provider"/>, name the session id, value the
/// start time), which both account contexts already have: no table of its own, and a deleted account takes them along.
/// </remarks>
public sealed class ServerSessions<TContext>(TContext db, TimeProvider clock)
    where TContext : DbContext
{
    /// <summary>Claim: the id of the session's record.</summary>
    public const string Claim = "session_id";

    public const string Provider = "[PortalSession]";

    private DbSet<IdentityUserToken<Guid>> Tokens => db.Set<IdentityUserToken<Guid>>();

    /// <summary>Creates a record for a new session of <paramref name="userId"/> and forgets that account's records older
    /// than <paramref name="maxAge"/> (sessions that ended without signing out).</summary>
    public async Task<Claim> StartAsync(Guid userId, TimeSpan maxAge, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var stale = (await Tokens.Where(t => t.UserId == userId && t.LoginProvider == Provider).ToListAsync(cancellationToken))
            .Where(t => Started(t.Value) < now - maxAge);
        Tokens.RemoveRange(stale);
        var id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        Tokens.Add(new IdentityUserToken<Guid> { UserId = userId, LoginProvider = Provider, Name = id, Value = Stamp(now) });
        await db.SaveChangesAsync(cancellationToken);
        return new Claim(Claim, id);
    }

    /// <summary>Whether the session <paramref name="user"/> belongs to is still open (and younger than <paramref name="maxAge"/>).</summary>
    public async Task<bool> IsOpenAsync(Guid userId, ClaimsPrincipal user, TimeSpan maxAge, CancellationToken cancellationToken = default)
    {
        if (user.FindFirst(Claim)?.Value is not { } id)
        {
            return false;
        }
        var started = await Tokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == id)
            .Select(t => t.Value)
            .FirstOrDefaultAsync(cancellationToken);
        return started is not null && clock.GetUtcNow() - Started(started) <= maxAge;
    }

    /// <summary>Ends the session <paramref name="user"/> belongs to; a principal without a record changes nothing.</summary>
    public Task EndAsync(Guid userId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        user.FindFirst(Claim)?.Value is { } id
            ? Tokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == id).ExecuteDeleteAsync(cancellationToken)
            : Task.CompletedTask;

    /// <summary>Ends every session of the account, wherever it is open.</summary>
    public Task EndAllAsync(Guid userId, CancellationToken cancellationToken = default) =>
        Tokens.Where(t => t.UserId == userId && t.LoginProvider == Provider).ExecuteDeleteAsync(cancellationToken);

    private static string Stamp(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static DateTimeOffset Started(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MinValue;
}
