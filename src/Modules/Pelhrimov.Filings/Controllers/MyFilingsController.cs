using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Pelhrimov.Core.BackOffice;
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
    /// <summary>The detail view's notice that the data is the last good answer (ADR 0034).</summary>
    public const string BackOfficeNoticeKey = "BackOfficeNotice";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var personIds = await PersonIdsAsync(cancellationToken);
        var result = await connector.ListAsync(personIds, cancellationToken);
        NoStore();
        return View(new MyFilingsPage(personIds.Count > 0, result.IsAvailable ? CitizenFilings.InPageOrder(result.Value) : [],
            BackOfficeNotice.For(result, BackOfficeNotice.RecordsSystem), result.IsAvailable));
    }

    [HttpGet("{reference}")]
    public async Task<IActionResult> Detail(string reference, CancellationToken cancellationToken)
    {
        var result = await connector.FindAsync(await PersonIdsAsync(cancellationToken), reference, cancellationToken);
        NoStore();
        if (!result.IsAvailable)
        {
            // The same page for any reference, the citizen's own or not: it says nothing about whether it exists.
            return View("Unavailable", BackOfficeNotice.Unavailable(BackOfficeNotice.RecordsSystem));
        }
        if (result.Value is not { } detail)
        {
            return NotFound();
        }
        ViewData[BackOfficeNoticeKey] = BackOfficeNotice.For(result, BackOfficeNotice.RecordsSystem);
        return View(detail);
    }

    [HttpGet("{reference}/dokumenty/{documentId:guid}")]
    public async Task<IActionResult> Document(string reference, Guid documentId, CancellationToken cancellationToken)
    {
        var result = await connector.OpenDocumentAsync(await PersonIdsAsync(cancellationToken), reference, documentId, cancellationToken);
        NoStore();
        if (!result.IsAvailable)
        {
            return View("Unavailable", BackOfficeNotice.Unavailable(BackOfficeNotice.RecordsSystem));
        }
        if (result.Value is not { } document)
        {
            return NotFound();
        }
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return File(document.Content, document.ContentType, document.FileName);
    }

    private Task<IReadOnlyList<string>> PersonIdsAsync(CancellationToken cancellationToken) =>
        Guid.TryParse(User.FindFirst(CitizenAuthentication.AccountIdClaim)?.Value, out var accountId)
            ? citizenFilings.PersonIdsAsync(accountId, cancellationToken)
            : Task.FromResult<IReadOnlyList<string>>([]);

    private void NoStore() => Response.Headers.CacheControl = "no-store";
}

/// <summary>
/// The list page: whether the account is linked to a back-office person at all, and the filings in page order; when the
/// records system did not answer, the notice to show and whether there is anything to show at all.
/// </summary>
public sealed record MyFilingsPage(bool IsLinked, IReadOnlyList<FilingSummary> Filings, string? Notice = null, bool Available = true);
