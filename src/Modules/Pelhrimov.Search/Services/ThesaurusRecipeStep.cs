using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Setup;
using Pelhrimov.Search.Data;

namespace Pelhrimov.Search.Services;

/// <summary>
/// Recipe step <c>SearchThesaurus</c>: the default thesaurus from a CSV file (<see cref="ThesaurusCsv"/>), imported only into
/// an empty thesaurus, so a step run again after a failed setup (or over an editor's list) changes nothing.
/// Every row passes the same checks as an editor's entry; a row that fails is left out and logged (the setup goes on), and
/// <c>ThesaurusSeedTests</c> keeps the sample file free of such rows.
/// </summary>
/// <example>{ "name": "SearchThesaurus", "file": "search/thesaurus.csv" }</example>
public sealed class ThesaurusRecipeStep(ThesaurusEntries entries, SearchDbContext db, ILogger<ThesaurusRecipeStep> logger) : IRecipeStepHandler
{
    public const string Name = "SearchThesaurus";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        if (await db.Thesaurus.AnyAsync(cancellationToken))
        {
            return;
        }
        var path = context.ResolvePath(step.GetProperty("file").GetString()!);
        var (rows, error) = ThesaurusCsv.Parse(await File.ReadAllTextAsync(path, cancellationToken));
        if (error is not null)
        {
            throw new InvalidOperationException($"{path}: {error}");
        }
        var errors = await entries.ValidateImportAsync(rows, cancellationToken);
        foreach (var (row, refusal) in errors)
        {
            logger.LogWarning("Thesaurus entry {Row} of {Path} left out: {Message}", row, path, refusal.Message);
        }
        var refused = errors.Select(e => e.Row).ToHashSet();
        await entries.ImportAsync(rows.Where((_, i) => !refused.Contains(i + 1)).ToList(), auditAction: null, cancellationToken);
    }
}
