using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Charts;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Indexing;
using Pelhrimov.Core.Security;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Search.Controllers;

/// <summary>Index state and rebuild at <c>/admin/vyhledavani</c>.</summary>
[Route("admin/vyhledavani")]
[AuthorizePermission("Search.Manage")]
public sealed class SearchAdminController(
    SearchIndex index, SearchIndexStatus status, SearchIndexSignal signal, CoreDbContext core) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var head = await core.IndexingLogHeadAsync(cancellationToken);
        return View(new SearchIndexState(index.IsOpen, index.DocumentCount, index.Cursor, head, index.SizeOnDisk, status));
    }

    /// <summary>Every search that found nothing in the dashboard's period, most frequent first, for Excel.</summary>
    [HttpGet("bez-vysledku.csv")]
    public async Task<IActionResult> UnansweredCsv([FromServices] UnansweredSearches unanswered, CancellationToken cancellationToken)
    {
        var rows = await unanswered.RecentAsync(int.MaxValue, cancellationToken);
        var csv = CsvDocument.Write(["Hledaný výraz (bez diakritiky)", "Počet hledání"], rows.Select(r => CsvDocument.Row(r.Query, r.Count)));
        return File(csv, CsvDocument.ContentType, $"hledani-bez-vysledku-{unanswered.Today:yyyy-MM-dd}.csv");
    }

    [HttpPost("prestavet")]
    [ValidateAntiForgeryToken]
    public IActionResult Rebuild()
    {
        status.RequestRebuild();
        signal.Notify();
        Flash("Přestavba indexu byla spuštěna. Stav se zobrazí po obnovení stránky.");
        return Redirect("/admin/vyhledavani");
    }
}

/// <summary>What the admin screen shows about the node's index.</summary>
public sealed record SearchIndexState(bool IsOpen, int Documents, long Cursor, long LogHead, long SizeOnDisk, SearchIndexStatus Status);
