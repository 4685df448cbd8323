using System.Text;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Domain;

namespace Pelhrimov.Forms.Services;

/// <summary>How forms travel: copied under a new address, exported as a version's file, imported from another town's.</summary>
public sealed partial class FormCatalog
{
    /// <summary>A new form under <paramref name="newSlug"/> whose draft version 1 is the current definition (the draft, else the live one).</summary>
    public async Task<CatalogResult> CopyAsync(string slug, string newSlug, string actor, CancellationToken cancellationToken = default)
    {
        var form = await FindAsync(slug, cancellationToken);
        if (form is null)
        {
            return CatalogResult.NotFound();
        }
        var source = await FindVersionAsync(form.DraftVersionId ?? form.LiveVersionId, cancellationToken);
        if (source is null)
        {
            return CatalogResult.NotFound();
        }
        var current = FormDefinitionReader.Read(source.DefinitionJson);
        if (!current.IsValid)
        {
            return CatalogResult.Invalid(current.Problems);
        }
        current.Form!.Slug = newSlug.Trim();
        var json = FormDefinitionReader.Write(current.Form);
        var read = FormDefinitionReader.Read(json);
        if (!read.IsValid)
        {
            return CatalogResult.Invalid(read.Problems);
        }
        return await CreateCoreAsync(read.Form!, json, actor, FormAuditActions.Copied,
            $"Formulář „{form.Title}“ zkopírován pod adresu „{read.Form!.Slug}“.", cancellationToken);
    }

    /// <summary>The version's definition as a file to share with another town.</summary>
    public async Task<ExportedVersion?> ExportAsync(string slug, int number, string actor, CancellationToken cancellationToken = default)
    {
        var form = await FindAsync(slug, cancellationToken);
        var version = form is null ? null
            : await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.FormId == form.Id && v.Number == number, cancellationToken);
        if (version is null)
        {
            return null;
        }
        await audit.RecordAsync(FormAuditActions.Exported, "Form", form!.Slug,
            $"Exportována verze {number} formuláře „{form.Title}“.", actor, cancellationToken);
        return new ExportedVersion($"{form.Slug}-v{number}.json", Encoding.UTF8.GetBytes(version.DefinitionJson));
    }

    /// <summary>
    /// Imports a definition file: a new form, or, when a form with its slug exists, the draft of that form (replacing its
    /// draft, or starting the next version of a published one).
    /// </summary>
    public async Task<CatalogResult> ImportAsync(string json, string actor, CancellationToken cancellationToken = default)
    {
        var read = FormDefinitionReader.Read(json);
        if (!read.IsValid)
        {
            return CatalogResult.Invalid(read.Problems);
        }
        var definition = read.Form!;
        var form = await FindAsync(definition.Slug, cancellationToken);
        if (form is null)
        {
            return await CreateCoreAsync(definition, json, actor, FormAuditActions.Imported,
                $"Importován nový formulář „{definition.Title}“.", cancellationToken);
        }
        var draft = await FindVersionAsync(form.DraftVersionId, cancellationToken);
        if (draft is null)
        {
            draft = await AddVersionAsync(form, json, actor, cancellationToken);
        }
        else
        {
            draft.DefinitionJson = json;
            draft.Sha256 = Sha256(json);
        }
        if (form.State == FormState.Draft)
        {
            form.Title = definition.Title;
        }
        return await StoreAsync(form, actor, FormAuditActions.Imported,
            $"Importován koncept verze {draft.Number} formuláře „{definition.Title}“.", null, cancellationToken);
    }
}
