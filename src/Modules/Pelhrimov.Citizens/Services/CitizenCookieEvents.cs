using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Services;

/// <summary>How long a citizen session lives: <c>Citizens:IdleTimeout</c> (sliding) and <c>Citizens:AbsoluteTimeout</c>.</summary>
public sealed class CitizenSessionOptions
{
    public const string Section = "Citizens";

    /// <summary>A session unused this long ends (sliding).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>A session ends this long after sign-in however busy it is.</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(8);
}

/// <summary>
/// Checks an open citizen session on every request: within the absolute limit, the account still exists, its security
/// stamp is unchanged (a deleted account or a password reset ends every session at once) and the session's record is
/// still there (signing out deletes it, ADR 0013). Citizens are few; two primary-key lookups per signed-in request are cheap.
/// </summary>
/// <remarks>
/// The handler creates its events object on every request, signed in or not, so the database context is taken from the
/// request's services only when there is a session to check: anonymous requests (most of them) never build one.
/// </remarks>
public sealed class CitizenCookieEvents(IOptions<CitizenSessionOptions> options, TimeProvider clock)
    : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var user = context.Principal!;
        var started = CitizenSessions.Started(user);
        var id = CitizenSessions.AccountId(user);
        if (started is null || id is null || clock.GetUtcNow() - started.Value > options.Value.AbsoluteTimeout)
        {
            await RejectAsync(context);
            return;
        }
        var db = context.HttpContext.RequestServices.GetRequiredService<CitizensDbContext>();
        var stamp = await db.Users.AsNoTracking().Where(a => a.Id == id).Select(a => a.SecurityStamp)
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (stamp is null || stamp != user.FindFirst(CitizenSessions.StampClaim)?.Value
            || !await context.HttpContext.RequestServices.GetRequiredService<ServerSessions<CitizensDbContext>>()
                .IsOpenAsync(id.Value, user, options.Value.AbsoluteTimeout, context.HttpContext.RequestAborted))
        {
            await RejectAsync(context);
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CitizenAuthentication.Scheme);
    }
}
