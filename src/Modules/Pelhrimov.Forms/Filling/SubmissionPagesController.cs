using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Forms.Submissions;

namespace Pelhrimov.Forms.Filling;

/// <summary>
/// What only the citizen who filled a form sees: the confirmation of a submission with its reference number, its PDF
/// receipt, and the files they uploaded (while filling and after sending). Anybody else, another citizen included,
/// gets a 404, as for an address that does not exist.
/// </summary>
[Route(FormPaths.Catalogue)]
public sealed class SubmissionPagesController(FillContexts contexts, SubmissionService submissions, FormAttachmentStore files) : Controller
{
    [HttpGet("podani/{reference}")]
    public async Task<IActionResult> Confirmation(string reference, CancellationToken cancellationToken) =>
        await PageAsync(reference, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet("podani/{reference}/potvrzeni.pdf")]
    public async Task<IActionResult> Receipt(string reference, CancellationToken cancellationToken)
    {
        if (await PageAsync(reference, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        if (submissions.OpenReceipt(page) is not { } stream)
        {
            Response.Headers.RetryAfter = "5";
            return View("ReceiptPending", page);
        }
        return File(stream, "application/pdf", $"potvrzeni-{reference}.pdf");
    }

    [HttpGet("prilohy/{id:guid}")]
    public async Task<IActionResult> Upload(Guid id, CancellationToken cancellationToken)
    {
        var context = await contexts.ForAsync(User, cancellationToken);
        Response.SetNeverCached();
        if (FillOwner.Of(Request, context) is not { } owner
            || await submissions.OwnedUploadAsync(id, owner, cancellationToken) is not { } upload
            || files.Open(upload.Id) is not { } stream)
        {
            return NotFound();
        }
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return File(stream, upload.ContentType, upload.FileName);
    }

    private async Task<ConfirmationPage?> PageAsync(string reference, CancellationToken cancellationToken)
    {
        var context = await contexts.ForAsync(User, cancellationToken);
        Response.SetNeverCached();
        return FillOwner.Of(Request, context) is { } owner ? await submissions.ConfirmationAsync(reference, owner, cancellationToken) : null;
    }
}
