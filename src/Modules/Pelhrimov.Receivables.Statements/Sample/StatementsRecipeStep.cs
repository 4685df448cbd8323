using System.Text.Json;
using Pelhrimov.Core.Setup;
using Pelhrimov.Receivables.Statements.Services;

namespace Pelhrimov.Receivables.Statements.Sample;

/// <summary>
/// Recipe step <c>ReceivableStatements</c>: imports sample statement files as drafts, exactly as an upload does, so that a
/// new site shows what a preview looks like (<c>{ "name": "ReceivableStatements", "files": [ "statements/…gpc" ] }</c>).
/// Nothing is booked: the clerk confirms a draft in the admin. Runs after the <c>Receivables</c> step.
/// </summary>
public sealed class StatementsRecipeStep(StatementImporter importer) : IRecipeStepHandler
{
    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var file in step.GetProperty("files").EnumerateArray().Select(f => f.GetString()!))
        {
            var content = await File.ReadAllBytesAsync(context.ResolvePath(file), cancellationToken);
            var outcome = await importer.ImportAsync(content, Path.GetFileName(file), "system", cancellationToken);
            if (outcome.Error is not null)
            {
                throw new InvalidOperationException($"Recipe statement {file} was refused: {outcome.Error}");
            }
        }
    }
}
