using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Nia;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Services;

/// <summary>Starts and ends the citizen session: its server-side record (ADR 0013) and its cookie, whose principal carries
/// only ids and how the session began.</summary>
public sealed class CitizenSessions(ServerSessions<CitizensDbContext> records, IOptions<CitizenSessionOptions> options, TimeProvider clock)
{
    /// <summary>Claim: when the session began (Unix seconds); the absolute limit counts from it.</summary>
    public const string StartedClaim = "session_started";

    /// <summary>Claim: the account's security stamp at sign-in; a changed stamp (password, deletion) ends the session.</summary>
    public const string StampClaim = "stamp";

    public async Task SignInAsync(HttpContext http, CitizenAccount account, string method, IdentityLevel? level)
    {
        var claims = new List<Claim>
        {
            new(CitizenAuthentication.AccountIdClaim, account.Id.ToString()),
            new(ClaimTypes.Name, account.FullName ?? account.Email ?? "Občan"),
            new(CitizenAuthentication.MethodClaim, method),
            new(StartedClaim, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            new(StampClaim, account.SecurityStamp ?? ""),
            await records.StartAsync(account.Id, options.Value.AbsoluteTimeout, http.RequestAborted),
        };
        if (level is { } reached && method == CitizenAuthentication.EidMethod)
        {
            claims.Add(new Claim(CitizenAuthentication.LevelClaim, reached.Code()));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CitizenAuthentication.Scheme, ClaimTypes.Name, null));
        // Whatever the browser held before (a half-finished eID sign-in, an older session) is replaced.
        await http.SignOutAsync(NiaAuthentication.ExternalScheme);
        if (AccountId(http.User) is { } previous)
        {
            await records.EndAsync(previous, http.User, http.RequestAborted);
        }
        await http.SignInAsync(CitizenAuthentication.Scheme, principal, new AuthenticationProperties { IsPersistent = false });
    }

    /// <summary>Ends the session on the server first, so that a copy of the cookie stops working too, then in the browser.</summary>
    public async Task SignOutAsync(HttpContext http)
    {
        if (AccountId(http.User) is { } id)
        {
            await records.EndAsync(id, http.User, http.RequestAborted);
        }
        await http.SignOutAsync(CitizenAuthentication.Scheme);
    }

    public static Guid? AccountId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(CitizenAuthentication.AccountIdClaim)?.Value, out var id) ? id : null;

    public static string? Method(ClaimsPrincipal user) => user.FindFirst(CitizenAuthentication.MethodClaim)?.Value;

    public static IdentityLevel? Level(ClaimsPrincipal user) => IdentityLevels.Parse(user.FindFirst(CitizenAuthentication.LevelClaim)?.Value);

    public static DateTimeOffset? Started(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst(StartedClaim)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
