using Microsoft.EntityFrameworkCore;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Domain;

namespace Pelhrimov.Forms.Services;

/// <summary>Creating a form and editing its draft: every definition stored went through <see cref="FormDefinitionReader.Read"/>.</summary>
public sealed partial class FormCatalog
{
    /// <summary>A new form (state Draft) with the definition as its draft version 1.</summary>
    public async Task<CatalogResult> CreateAsync(string json, string actor, CancellationToken cancellationToken = default)
    {
        var read = FormDefinitionReader.Read(json);
        if (!read.IsValid)
        {
            return CatalogResult.Invalid(read.Problems);
        }
        return await CreateCoreAsync(read.Form!, json, actor, FormAuditActions.Created, $"Vytvořen formulář „{read.Form!.Title}“.", cancellationToken);
    }

    /// <summary>
    /// <see cref="SaveDraftAsync(string, string, string, CancellationToken)"/> on behalf of an editor who saw the form at
    /// <paramref name="expectedStamp"/>: if anyone changed the form since, nothing is stored (Conflict).
    /// </summary>
    public async Task<CatalogResult> SaveDraftAsync(string slug, string json, string actor, Guid expectedStamp, CancellationToken cancellationToken = default)
    {
        var form = await FindAsync(slug, cancellationToken);
        if (form is null)
        {
            return CatalogResult.NotFound();
        }
        return form.Stamp != expectedStamp ? CatalogResult.Conflict() : await SaveDraftAsync(slug, json, actor, cancellationToken);
    }

    /// <summary>Replaces the draft's definition. The slug may change only while the form has never been published.</summary>
    public async Task<CatalogResult> SaveDraftAsync(string slug, string json, string actor, CancellationToken cancellationToken = default)
    {
        var form = await FindAsync(slug, cancellationToken);
        if (form is null)
        {
            return CatalogResult.NotFound();
        }
        var draft = await FindVersionAsync(form.DraftVersionId, cancellationToken);
        if (draft is null || draft.IsPublished)
        {
            return CatalogResult.Refused(form, "Formulář nemá koncept; nejdřív založte koncept další verze.");
        }
        var read = FormDefinitionReader.Read(json);
        if (!read.IsValid)
        {
            return CatalogResult.Invalid(read.Problems);
        }
        var definition = read.Form!;
        if (definition.Slug != form.Slug)
        {
            if (form.State != FormState.Draft)
            {
                return CatalogResult.Invalid([new DefinitionProblem("$.slug",
                    $"Adresu zveřejněného formuláře nelze změnit; ponechte „{form.Slug}“, nebo formulář zkopírujte pod novou adresou.")]);
            }
            if (await db.Forms.AnyAsync(f => f.Slug == definition.Slug, cancellationToken))
            {
                return CatalogResult.Invalid([SlugTaken(definition.Slug)]);
            }
            form.Slug = definition.Slug;
        }
        if (draft.DefinitionJson == json && form.Slug == slug)
        {
            return CatalogResult.Done(form);
        }
        draft.DefinitionJson = json;
        draft.Sha256 = Sha256(json);
        if (form.State == FormState.Draft)
        {
            form.Title = definition.Title;
        }
        return await StoreAsync(form, actor, FormAuditActions.DraftSaved, $"Uložen koncept verze {draft.Number} formuláře „{definition.Title}“.", null, cancellationToken);
    }

    private async Task<CatalogResult> CreateCoreAsync(
        FormDefinition definition, string json, string actor, string action, string summary, CancellationToken cancellationToken)
    {
        if (await db.Forms.AnyAsync(f => f.Slug == definition.Slug, cancellationToken))
        {
            return CatalogResult.Invalid([SlugTaken(definition.Slug)]);
        }
        var now = Now;
        var form = new Form
        {
            Id = Guid.NewGuid(),
            Slug = definition.Slug,
            Title = definition.Title,
            State = FormState.Draft,
            CreatedUtc = now,
            UpdatedUtc = now,
            Stamp = Guid.NewGuid(),
        };
        db.Forms.Add(form);
        await AddVersionAsync(form, json, actor, cancellationToken);
        var result = await StoreAsync(form, actor, action, summary, null, cancellationToken);
        return result.Outcome == CatalogOutcome.Conflict ? CatalogResult.Invalid([SlugTaken(definition.Slug)]) : result;
    }

    private async Task<FormVersion> AddVersionAsync(Form form, string json, string actor, CancellationToken cancellationToken)
    {
        var number = 1 + (await db.Versions.Where(v => v.FormId == form.Id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0);
        var version = new FormVersion
        {
            Id = Guid.NewGuid(),
            FormId = form.Id,
            Number = number,
            DefinitionJson = json,
            Sha256 = Sha256(json),
            CreatedUtc = Now,
            CreatedBy = actor,
        };
        db.Versions.Add(version);
        form.DraftVersionId = version.Id;
        return version;
    }
}
