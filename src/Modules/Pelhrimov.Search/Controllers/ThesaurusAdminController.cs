using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Charts;
using Pelhrimov.Core.Security;
using Pelhrimov.Search.Domain;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Search.Controllers;

/// <summary>The search thesaurus at <c>/admin/vyhledavani/tezaurus</c>: list, search, add, edit, delete, CSV export and import.</summary>
[Route(Address)]
[AuthorizePermission("Search.Manage")]
public sealed class ThesaurusAdminController(ThesaurusEntries entries, ThesaurusImpact impact) : AdminController
{
    public const string Address = "admin/vyhledavani/tezaurus";
    public const int PageSize = 50;
    private const long MaxImportBytes = 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? hledat, int strana = 1, CancellationToken cancellationToken = default)
    {
        var all = await entries.AllAsync(cancellationToken);
        var filter = CzechSearchAnalyzer.Fold(SearchQueryText.Clean(hledat));
        var matching = filter.Length == 0 ? all
            : all.Where(e => CzechSearchAnalyzer.Fold(e.Terms).Contains(filter, StringComparison.Ordinal) || CzechSearchAnalyzer.Fold(e.Synonyms).Contains(filter, StringComparison.Ordinal)).ToList();
        var page = Pelhrimov.Core.Navigation.Paging.Clamp(strana, matching.Count, PageSize);
        return View("Thesaurus", new ThesaurusListModel(matching.Skip((page - 1) * PageSize).Take(PageSize).ToList(), matching.Count, all.Count, page, PageSize, SearchQueryText.Clean(hledat)));
    }

    /// <summary>A new entry; <paramref name="vyraz"/> prefills the searched words ("Přidat jako synonymum…" from the searches without results).</summary>
    [HttpGet("nova")]
    public IActionResult Create(string? vyraz) => View("ThesaurusEdit", new ThesaurusEditModel(null, new ThesaurusInput(SearchQueryText.Clean(vyraz), "", false)));

    [HttpPost("nova")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Create([FromForm] string? terms, [FromForm] string? synonyms, [FromForm] bool twoWay, CancellationToken cancellationToken) =>
        SaveAsync(null, new ThesaurusInput(terms, synonyms, twoWay), cancellationToken);

    /// <summary>An entry, with the searches of the last 30 days it changes.</summary>
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await entries.FindAsync(id, cancellationToken) is { } entry
            ? View("ThesaurusEdit", new ThesaurusEditModel(id, new ThesaurusInput(entry.Terms, entry.Synonyms, entry.TwoWay),
                await impact.ChangedSearchesAsync(entry, cancellationToken)))
            : NotFound();

    [HttpPost("{id:int}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int id, [FromForm] string? terms, [FromForm] string? synonyms, [FromForm] bool twoWay, CancellationToken cancellationToken) =>
        await entries.FindAsync(id, cancellationToken) is null ? NotFound() : await SaveAsync(id, new ThesaurusInput(terms, synonyms, twoWay), cancellationToken);

    [HttpPost("{id:int}/smazat")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (!await entries.DeleteAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Flash("Položka tezauru byla smazána.");
        return Redirect("/" + Address);
    }

    [HttpGet("/admin/vyhledavani/tezaurus.csv")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var rows = (await entries.AllAsync(cancellationToken)).Select(e => (IReadOnlyList<string>)[e.Terms, e.Synonyms, e.TwoWay ? "ano" : "ne"]);
        return File(CsvDocument.Write(ThesaurusCsv.Header, rows), CsvDocument.ContentType, "tezaurus.csv");
    }

    [HttpPost("import")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxImportBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? soubor, CancellationToken cancellationToken)
    {
        if (soubor is null || soubor.Length == 0)
        {
            return await ImportFailedAsync("Vyberte soubor CSV s položkami tezauru.", cancellationToken);
        }
        if (soubor.Length > MaxImportBytes)
        {
            return await ImportFailedAsync("Soubor je větší než 1 MB.", cancellationToken);
        }
        string text;
        try
        {
            using var reader = new StreamReader(soubor.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            return await ImportFailedAsync("Soubor není v kódování UTF-8. Uložte ho z Excelu jako „CSV UTF-8 (s oddělovači)“.", cancellationToken);
        }
        var (rows, error) = ThesaurusCsv.Parse(text);
        if (error is not null)
        {
            return await ImportFailedAsync(error, cancellationToken);
        }
        if (rows.Count == 0)
        {
            return await ImportFailedAsync("Soubor neobsahuje žádnou položku.", cancellationToken);
        }
        var errors = await entries.ValidateImportAsync(rows, cancellationToken);
        if (errors.Count > 0)
        {
            var shown = string.Join(" ", errors.Take(5).Select(e => $"Položka {e.Row}: {e.Error.Message}"));
            return await ImportFailedAsync($"Nic nebylo uloženo. {shown}{(errors.Count > 5 ? $" (a další chyby: {errors.Count - 5})" : "")}", cancellationToken);
        }
        await entries.ImportAsync(rows, "search.thesaurus.imported", cancellationToken);
        Flash($"Importováno položek: {rows.Count}.");
        return Redirect("/" + Address);
    }

    private async Task<IActionResult> ImportFailedAsync(string message, CancellationToken cancellationToken)
    {
        ModelState.AddModelError("soubor", message);
        return await Index(null, 1, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(int? id, ThesaurusInput input, CancellationToken cancellationToken)
    {
        var (entry, errors) = await entries.SaveAsync(id, input, cancellationToken);
        if (entry is null)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(error.Field switch { nameof(ThesaurusInput.Terms) => "terms", nameof(ThesaurusInput.Synonyms) => "synonyms", _ => "" }, error.Message);
            }
            return View("ThesaurusEdit", new ThesaurusEditModel(id, input));
        }
        Flash($"Položka „{entry.Terms}“ je uložená a platí pro vyhledávání hned.");
        return Redirect("/" + Address);
    }
}

public sealed record ThesaurusListModel(IReadOnlyList<ThesaurusEntry> Entries, int Matching, int Total, int Page, int PageSize, string Filter);

/// <param name="Changed">The logged searches the stored entry changes (<see cref="ThesaurusImpact"/>); null where not shown.</param>
public sealed record ThesaurusEditModel(int? Id, ThesaurusInput Input, IReadOnlyList<ChangedSearch>? Changed = null);
