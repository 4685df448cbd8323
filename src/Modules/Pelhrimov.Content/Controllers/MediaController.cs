using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Pelhrimov.Content.Services;

namespace Pelhrimov.Content.Controllers;

/// <summary>Serves media files and resized image variants; files never change under an id, so they cache for a year.</summary>
[Route("media/{id:guid}")]
public sealed class MediaController(MediaLibrary library) : Controller
{
    [HttpGet("w{width:int}.jpg")]
    public async Task<IActionResult> Variant(Guid id, int width, CancellationToken cancellationToken)
    {
        var media = await library.FindAsync(id, cancellationToken);
        var path = media is null ? null : await library.VariantPathAsync(media, width, cancellationToken);
        return path is null ? NotFound() : Immutable(PhysicalFile(path, "image/jpeg"));
    }

    [HttpGet("{fileName}")]
    public async Task<IActionResult> Original(Guid id, string fileName, CancellationToken cancellationToken)
    {
        var media = await library.FindAsync(id, cancellationToken);
        if (media is null || !System.IO.File.Exists(library.OriginalPath(media)))
        {
            return NotFound();
        }
        if (fileName != media.FileName)
        {
            return RedirectPermanent(media.Url);
        }
        return Immutable(PhysicalFile(library.OriginalPath(media), media.ContentType, enableRangeProcessing: true));
    }

    private PhysicalFileResult Immutable(PhysicalFileResult result)
    {
        Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
        return result;
    }
}
