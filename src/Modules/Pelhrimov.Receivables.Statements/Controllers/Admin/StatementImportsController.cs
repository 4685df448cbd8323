using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Security;
using Pelhrimov.Receivables.Statements.Data;
using Pelhrimov.Receivables.Statements.Domain;
using Pelhrimov.Receivables.Statements.Services;

namespace Pelhrimov.Receivables.Statements.Controllers.Admin;

public sealed record ImportListPage(IReadOnlyList<StatementImport> Imports);

/// <summary>The preview of one import: its header, problems, counts per state, and one page of its lines.</summary>
public sealed record ImportDetailPage(
    StatementImport Import,
    IReadOnlyList<StatementImportProblem> Problems,
    IReadOnlyDictionary<LineState, int> Counts,
    IReadOnlyList<StatementImportLine> Lines,
    LineState? State,
    int Page,
    int PageCount,
    IReadOnlyList<long> SameStatementImports,
    long? FailedLineId);

/// <summary>
/// <c>/admin/pohledavky/vypisy</c>: upload a statement, review the proposal (náhled), confirm the booking, assign what the
/// matcher could not (docs/bank-statements.md, ADR 0032).
/// </summary>
[AuthorizePermission(Permissions.ImportName)]
public sealed class StatementImportsController(
    StatementsDbContext db, StatementImporter importer, StatementBooking booking, StatementBookingSignal signal) : AdminController
{
    public const int PageSize = 200;
    public const int ListSize = 100;
    public const long MaxUploadBytes = 50 * 1024 * 1024;

    [HttpGet(AdminMenu.Url)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Index", new ImportListPage(await db.Imports.AsNoTracking().OrderByDescending(i => i.Id).Take(ListSize).ToListAsync(cancellationToken)));

    [HttpPost(AdminMenu.Url)]
    [RequestSizeLimit(MaxUploadBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    public async Task<IActionResult> Upload(IFormFile? soubor, CancellationToken cancellationToken)
    {
        if (soubor is null || soubor.Length == 0)
        {
            ModelState.AddModelError("soubor", "Vyberte soubor s bankovním výpisem (GPC/ABO nebo camt.053).");
            return await Index(cancellationToken);
        }
        byte[] content;
        await using (var stream = soubor.OpenReadStream())
        using (var memory = new MemoryStream())
        {
            await stream.CopyToAsync(memory, cancellationToken);
            content = memory.ToArray();
        }
        var outcome = await importer.ImportAsync(content, soubor.FileName, User.Identity!.Name!, cancellationToken);
        if (outcome.Error is not null)
        {
            ModelState.AddModelError("soubor", outcome.Error);
            return await Index(cancellationToken);
        }
        Flash("Výpis je načtený. Zkontrolujte návrh a potvrďte zaúčtování.");
        return Redirect($"{AdminMenu.Url}/{outcome.ImportId}");
    }

    [HttpGet(AdminMenu.Url + "/{id:long}")]
    public Task<IActionResult> Detail(long id, [FromQuery(Name = "stav")] string? state, [FromQuery(Name = "strana")] int page,
        CancellationToken cancellationToken)
    {
        // A malformed page number is page 1, not a form error.
        ModelState.Clear();
        return DetailAsync(id, state, page, null, cancellationToken);
    }

    [HttpPost(AdminMenu.Url + "/{id:long}/zauctovat")]
    public async Task<IActionResult> Confirm(long id, CancellationToken cancellationToken)
    {
        if (!await db.Imports.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return NotFound();
        }
        if (await booking.ConfirmAsync(id, User.Identity!.Name!, cancellationToken))
        {
            signal.Notify();
            Flash("Zaúčtování výpisu běží. Stránka ukazuje, kolik plateb je hotovo.");
        }
        else
        {
            Flash("Tento výpis už byl potvrzen k zaúčtování.");
        }
        return Redirect($"{AdminMenu.Url}/{id}");
    }

    [HttpPost(AdminMenu.Url + "/{id:long}/radky/{lineId:long}/prirazeni")]
    public async Task<IActionResult> Assign(long id, long lineId, [FromForm(Name = "pohledavka")] string? reference, CancellationToken cancellationToken)
    {
        var outcome = await booking.AssignAsync(id, lineId, reference, User.Identity!.Name!, cancellationToken);
        if (outcome is { Booked: false, Error: null })
        {
            return NotFound();
        }
        if (outcome.Error is not null)
        {
            ModelState.AddModelError(AssignField(lineId), outcome.Error);
            return await DetailAsync(id, StateParameter(LineState.Unassigned), 0, lineId, cancellationToken);
        }
        Flash("Platba je přiřazená a zaúčtovaná.");
        return Redirect($"{AdminMenu.Url}/{id}?stav={StateParameter(LineState.Booked)}");
    }

    /// <summary>The id of the assignment field of a line, which errors point to.</summary>
    public static string AssignField(long lineId) => "prirazeni-" + lineId;

    public static string StateParameter(LineState state) => state switch
    {
        LineState.Proposed => "k-zauctovani",
        LineState.Unassigned => "neprirazene",
        LineState.NotIncoming => "ostatni",
        LineState.AlreadyBooked => "jiz-zauctovane",
        LineState.Booked => "zauctovane",
        _ => "chybne",
    };

    private async Task<IActionResult> DetailAsync(long id, string? stateParameter, int page, long? failedLineId, CancellationToken cancellationToken)
    {
        var import = await db.Imports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (import is null)
        {
            return NotFound();
        }
        LineState? state = Enum.GetValues<LineState>().Where(s => StateParameter(s) == stateParameter).Select(s => (LineState?)s).FirstOrDefault();
        var counts = (await db.Lines.AsNoTracking().Where(l => l.ImportId == id).GroupBy(l => l.State)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).ToDictionary(x => x.Key, x => x.Count);
        var query = db.Lines.AsNoTracking().Where(l => l.ImportId == id);
        if (state is { } only)
        {
            query = only == LineState.Unassigned
                ? query.Where(l => l.State == LineState.Unassigned || l.State == LineState.Failed)
                : query.Where(l => l.State == only);
        }
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var lines = await query.OrderBy(l => l.Position).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var problems = await db.Problems.AsNoTracking().Where(p => p.ImportId == id).OrderBy(p => p.LineNumber).ThenBy(p => p.Id)
            .Take(PageSize).ToListAsync(cancellationToken);
        var same = await db.Imports.AsNoTracking().Where(i => i.StatementKeys == import.StatementKeys && i.Id != id).OrderBy(i => i.Id)
            .Select(i => i.Id).ToListAsync(cancellationToken);
        return View("Detail", new ImportDetailPage(import, problems, counts, lines, state, page, pageCount, same, failedLineId));
    }
}
