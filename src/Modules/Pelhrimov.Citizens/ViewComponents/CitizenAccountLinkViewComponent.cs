using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Citizens.Services;

namespace Pelhrimov.Citizens.ViewComponents;

/// <summary>The header's account link: "Přihlásit se", or the citizen's name with "Můj účet" and "Odhlásit se".</summary>
/// <remarks>Anonymous pages are output-cached; a signed-in request is never cached, so the name never leaks to another visitor.</remarks>
public sealed class CitizenAccountLinkViewComponent : ViewComponent
{
    public const string Name = "CitizenAccountLink";

    public IViewComponentResult Invoke()
    {
        var user = HttpContext.User;
        var signedIn = CitizenSessions.AccountId(user) is not null;
        return View((signedIn, signedIn ? user.Identity?.Name : null));
    }
}
