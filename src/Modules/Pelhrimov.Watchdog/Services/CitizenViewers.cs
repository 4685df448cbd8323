using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Watchdog.Services;

/// <summary>The signed-in citizen as the watchdog sees them: the account, and whether this session is identified with eID.</summary>
public sealed class CitizenViewers(IAuthorizationService authorization)
{
    public async Task<CitizenViewer?> ForAsync(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(CitizenAuthentication.AccountIdClaim)?.Value, out var accountId)
            ? new CitizenViewer(accountId, (await authorization.AuthorizeAsync(user, CitizenAuthentication.IdentifiedPolicy)).Succeeded)
            : null;
}
