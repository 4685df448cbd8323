using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Pelhrimov.Core.Security;
using Pelhrimov.Filings.Services;

namespace Pelhrimov.Filings.Controllers;

/// <summary>
/// <c>/muj-portal/podani</c>: an identified citizen's filings, a filing's detail and its documents. Everything is looked
/// up through the person ids linked to the signed-in account: another citizen's reference or document is a 404, exactly
/// like one that does not exist. A citizen signed in without eID is sent to the page that says why and how to identify.
/// </summary>
[Route("muj-portal/podani")]
[Authorize(Policy = CitizenAuthentication.IdentifiedPolicy)]
public sealed class MyFilingsController(CitizenFilings citizenFilings, IFilingsConnector connector) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var personIds = await PersonIdsAsync(cancellationToken);
        var filings = await connector.ListAsync(personIds, cancellationToken);
        NoStore();
        return View(new MyFilingsPage(personIds.Count > 0, CitizenFilings.InPageOrder(filings)));
    }

    [HttpGet("{reference}")]
    public async Task<IActionResult> Detail(string reference, CancellationToken cancellationToken)
    {
        var detail = await connector.FindAsync(await PersonIdsAsync(cancellationToken), reference, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }
        NoStore();
        return View(detail);
    }

    [HttpGet("{reference}/dokumenty/{documentId:guid}")]
    public async Task<IActionResult> Document(string reference, Guid documentId, CancellationToken cancellationToken)
    {
        var document = await connector.OpenDocumentAsync(await PersonIdsAsync(cancellationToken), reference, documentId, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        NoStore();
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return File(document.Content, document.ContentType, document.FileName);
    }

    private Task<IReadOnlyList<string>> PersonIdsAsync(CancellationToken cancellationToken) =>
        Guid.TryParse(User.FindFirst(CitizenAuthentication.AccountIdClaim)?.Value, out var accountId)
            ? citizenFilings.PersonIdsAsync(accountId, cancellationToken)
            : Task.FromResult<IReadOnlyList<string>>([]);

    private void NoStore() => Response.Headers.CacheControl = "no-store";
}

/// <summary>The list page: whether the account is linked to a back-office person at all, and the filings in page order.</summary>
public sealed record MyFilingsPage(bool IsLinked, IReadOnlyList<FilingSummary> Filings);
