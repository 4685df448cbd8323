using System.Security.Claims;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Security;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;

namespace Pelhrimov.Forms.Filling;

/// <summary>
/// Who is filling in: the account of the citizen session, what eID verified about it (only in a session signed in
/// with eID: a password session of an identified account gets no verified pre-fill), the profile's contacts, today.
/// </summary>
public sealed class FillContexts(IVerifiedCitizens verified, TimeProvider clock)
{
    private static readonly string[] Levels = ["low", "substantial", "high"];

    public async Task<FillContext> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var today = CzechFormat.Today(clock);
        if (AccountId(user) is not { } accountId)
        {
            return new FillContext(null, null, null, null, today);
        }
        var citizen = await verified.FindAsync(accountId, cancellationToken);
        var identity = citizen is not null && SessionLevel(user) is not null ? citizen : null;
        return new FillContext(accountId, identity, citizen?.Email, citizen?.Phone, today);
    }

    /// <summary>Whether this session may fill a form with this access rule, and if not, what it lacks.</summary>
    public static AccessProblem Check(FormAccess access, ClaimsPrincipal user) => access.Kind switch
    {
        AccessKind.Anyone => AccessProblem.None,
        _ when AccountId(user) is null => access.Kind == AccessKind.Identified ? AccessProblem.IdentificationRequired : AccessProblem.SignInRequired,
        AccessKind.Registered => AccessProblem.None,
        _ => Rank(SessionLevel(user)) >= Math.Max(1, Rank(access.MinimumLevel ?? "substantial")) ? AccessProblem.None : AccessProblem.IdentificationRequired,
    };

    private static Guid? AccountId(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType is not null
        && Guid.TryParse(user.FindFirst(CitizenAuthentication.AccountIdClaim)?.Value, out var id) ? id : null;

    /// <summary>The eID level reached in this session; null for a password session.</summary>
    private static string? SessionLevel(ClaimsPrincipal user) =>
        user.FindFirst(CitizenAuthentication.MethodClaim)?.Value == CitizenAuthentication.EidMethod
            ? user.FindFirst(CitizenAuthentication.LevelClaim)?.Value
            : null;

    private static int Rank(string? level) => level is null ? -1 : Array.IndexOf(Levels, level);
}
