using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Pelhrimov.Citizens.Models;
using Pelhrimov.Citizens.Nia;
using Pelhrimov.Citizens.Services;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Controllers;

/// <summary>
/// <c>/muj-portal</c>: the citizen area, a shell of cards that the present modules contribute
/// (<see cref="ICitizenAreaSection"/>). With none to show it says what the portal offers and how to get identified.
/// </summary>
[Route("muj-portal")]
[Authorize(Policy = CitizenAuthentication.SignedInPolicy)]
public sealed class CitizenAreaController(CitizenAreaCards sections, IOptions<NiaOptions> nia) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var viewer = new CitizenViewer(CitizenSessions.AccountId(User)!.Value, Startup.IsIdentified(User, nia.Value.MinimumLevel));
        var cards = await sections.DescribeAsync(viewer, HttpContext.RequestAborted);
        Response.Headers.CacheControl = "no-store";
        return View(new CitizenAreaPage(viewer, cards));
    }
}
