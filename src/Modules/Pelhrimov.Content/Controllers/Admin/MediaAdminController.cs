using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Content.Controllers.Admin;

/// <summary>The media library: browse and upload images and PDFs.</summary>
[Route("admin/media")]
[AuthorizePermission("Content.Media")]
public sealed class MediaAdminController(ContentDbContext db, MediaLibrary library) : AdminController
{
    public const int PageSize = 24;

    [HttpGet("")]
    public async Task<IActionResult> Index(MediaKind? druh, string? q, int strana = 1, CancellationToken cancellationToken = default)
    {
        var query = db.Media.AsNoTracking();
        if (druh is { } kind)
        {
            query = query.Where(m => m.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLowerInvariant();
            // Translated to SQL (LOWER, LIKE): no CLR culture or comparison applies, and EF Core translates only these forms.
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(m => m.FileName.Contains(term) || (m.Description != null && m.Description.ToLower().Contains(term)));
#pragma warning restore CA1304, CA1311, CA1862
        }
        var total = await query.CountAsync(cancellationToken);
        strana = Paging.Clamp(strana, total, PageSize);
        var items = await query.OrderByDescending(m => m.UploadedUtc).Skip((strana - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        ViewData["Kind"] = druh;
        ViewData["Search"] = q;
        return View("Index", new Paged<MediaFile>(items, strana, PageSize, total));
    }

    [HttpPost("")]
    [RequestSizeLimit(64 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? soubor, string? popis, CancellationToken cancellationToken)
    {
        string? error = null;
        if (soubor is null || soubor.Length == 0)
        {
            error = "Vyberte soubor, který chcete nahrát.";
        }
        else if (string.IsNullOrWhiteSpace(popis))
        {
            error = "Doplňte popis: u obrázku alternativní text (co je na něm), u dokumentu jeho název.";
        }
        else
        {
            await using var stream = soubor.OpenReadStream();
            (_, error) = await library.UploadAsync(stream, soubor.FileName, popis, User.Identity!.Name!, cancellationToken: cancellationToken);
        }
        if (error is not null)
        {
            ModelState.AddModelError(error.StartsWith("Doplňte", StringComparison.Ordinal) ? "popis" : "soubor", error);
            ViewData["Description"] = popis;
            return await Index(null, null, 1, cancellationToken);
        }
        Flash("Soubor je nahraný.");
        return Redirect("/admin/media");
    }
}
