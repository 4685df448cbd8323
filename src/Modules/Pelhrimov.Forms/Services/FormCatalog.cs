using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Caching;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Indexing;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Domain;

namespace Pelhrimov.Forms.Services;

public enum CatalogOutcome
{
    Done,

    /// <summary>The definition has problems (or the request cannot be done now, see the message); nothing was stored.</summary>
    Invalid,

    NotFound,

    /// <summary>Someone else changed the form meanwhile; nothing was stored.</summary>
    Conflict,
}

/// <summary>What a lifecycle change gave: the form as it is now, or why nothing was changed.</summary>
public sealed record CatalogResult(CatalogOutcome Outcome, Form? Form, IReadOnlyList<DefinitionProblem> Problems, string? Message = null)
{
    public bool Succeeded => Outcome == CatalogOutcome.Done;

    public static CatalogResult Done(Form form) => new(CatalogOutcome.Done, form, []);

    public static CatalogResult Invalid(IReadOnlyList<DefinitionProblem> problems) => new(CatalogOutcome.Invalid, null, problems);

    public static CatalogResult Refused(Form? form, string message) => new(CatalogOutcome.Invalid, form, [], message);

    public static CatalogResult NotFound() => new(CatalogOutcome.NotFound, null, [], "Formulář nebyl nalezen.");

    public static CatalogResult Conflict() => new(CatalogOutcome.Conflict, null, [],
        "Formulář mezitím změnil někdo jiný. Načtěte stránku znovu a zopakujte akci.");
}

/// <summary>A version exported as a file: <c>{slug}-v{number}.json</c>.</summary>
public sealed record ExportedVersion(string FileName, byte[] Content);

/// <summary>
/// The lifecycle of forms (ADR 0038): a form is created with draft version 1; its draft is edited in place; publishing
/// freezes the draft (it gets <see cref="FormVersion.PublishedUtc"/> and is never written again) and makes it the live
/// version; a live form may start a draft of its next version (a copy of the live JSON); archiving stops new fills.
/// Every definition that is stored went through <see cref="FormDefinitionReader.Read"/>. Every change is audited and
/// stored in one transaction; each one checks and renews <see cref="Form.Stamp"/>, so of two editors acting on the same
/// form at once the second stores nothing (two concurrent publishes never give two live versions).
/// </summary>
public sealed class FormCatalog(
    FormsDbContext db, CoreDbContext core, IDomainEvents events, IAuditLog audit, IndexingLog indexingLog,
    PublicPageCacheInvalidator publicPages, TimeProvider clock)
{
    public Task<Form?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Forms.FirstOrDefaultAsync(f => f.Slug == slug, cancellationToken);

    public Task<FormVersion?> FindVersionAsync(Guid? versionId, CancellationToken cancellationToken = default) =>
        versionId is { } id ? db.Versions.FirstOrDefaultAsync(v => v.Id == id, cancellationToken) : Task.FromResult<FormVersion?>(null);

    public async Task<IReadOnlyList<FormVersion>> VersionsAsync(Guid formId, CancellationToken cancellationToken = default) =>
        await db.Versions.AsNoTracking().Where(v => v.FormId == formId).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);

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

    /// <summary>
    /// Publishes the draft: it is frozen and becomes the live version, the form Live. <paramref name="draftVersionId"/>,
    /// when given, is the draft the editor saw: a different one (someone replaced it) refuses.
    /// </summary>
    public async Task<CatalogResult> PublishAsync(string slug, string actor, Guid? draftVersionId = null, CancellationToken cancellationToken = default)
    {
        var form = await FindAsync(slug, cancellationToken);
        if (form is null)
        {
            return CatalogResult.NotFound();
        }
        if (form.State == FormState.Archived)
        {
            return CatalogResult.Refused(form, "Archivovaný formulář nelze zveřejnit; nejdřív ho obnovte.");
        }
        var draft = await FindVersionAsync(form.DraftVersionId, cancellationToken);
        if (draft is null || draft.IsPublished)
        {
            return draftVersionId is null ? CatalogResult.Refused(form, "Formulář nemá koncept ke zveřejnění.") : CatalogResult.Conflict();
        }
        if (draftVersionId is { } expected && expected != draft.Id)
        {
            return CatalogResult.Conflict();
        }
        var read = FormDefinitionReader.Read(draft.DefinitionJson);
        if (!read.IsValid)
        {
            return CatalogResult.Invalid(read.Problems);
        }
        var now = Now;
        draft.PublishedUtc = now;
        draft.PublishedBy = actor;
        form.LiveVersionId = draft.Id;
        form.DraftVersionId = null;
        form.State = FormState.Live;
        form.Title = read.Form!.Title;
        return await StoreAsync(form, actor, FormAuditActions.Published, $"Zveřejněna verze {draft.Number} formuláře „{form.Title}“.",
            () => events.Publish(new FormPublished(form.Id, draft.Id, draft.Number, form.Slug, form.Title, actor)), cancellationToken);
    }

    /// <summary>Starts the draft of the next version of a published form: a copy of the live definition, number N+1.</summary>
    public async Task<CatalogResult> StartDraftAsync(string slug, string actor, CancellationToken cancellationToken = default)
    {
        var form = await FindAsync(slug, cancellationToken);
        if (form is null)
        {
            return CatalogResult.NotFound();
        }
        if (form.DraftVersionId is not null)
        {
            return CatalogResult.Refused(form, "Formulář už koncept má.");
        }
        var live = await FindVersionAsync(form.LiveVersionId, cancellationToken);
        if (live is null)
        {
            return CatalogResult.Refused(form, "Formulář nemá zveřejněnou verzi.");
        }
        var draft = await AddVersionAsync(form, live.DefinitionJson, actor, cancellationToken);
        return await StoreAsync(form, actor, FormAuditActions.DraftStarted, $"Založen koncept verze {draft.Number} formuláře „{form.Title}“.", null, cancellationToken);
    }

    /// <summary>Discards the draft; a form that was never published has nothing else and is deleted with it.</summary>
    public async Task<CatalogResult> DiscardDraftAsync(string slug, string actor, CancellationToken cancellationToken = default)
    {
        var form = await FindAsync(slug, cancellationToken);
        if (form is null)
        {
            return CatalogResult.NotFound();
        }
        var draft = await FindVersionAsync(form.DraftVersionId, cancellationToken);
        if (draft is null || draft.IsPublished)
        {
            return CatalogResult.Refused(form, "Formulář nemá koncept.");
        }
        form.DraftVersionId = null;
        if (form.LiveVersionId is null)
        {
            db.Versions.Remove(draft);
            db.Forms.Remove(form);
            return await StoreAsync(form, actor, FormAuditActions.Deleted, $"Smazán nezveřejněný formulář „{form.Title}“.", null, cancellationToken);
        }
        db.Versions.Remove(draft);
        return await StoreAsync(form, actor, FormAuditActions.DraftDiscarded, $"Zahozen koncept verze {draft.Number} formuláře „{form.Title}“.", null, cancellationToken);
    }

    /// <summary>Archives a published form: no new fills or submissions; what exists stays readable.</summary>
    public async Task<CatalogResult> ArchiveAsync(string slug, string actor, CancellationToken cancellationToken = default)
    {
        var form = await FindAsync(slug, cancellationToken);
        if (form is null)
        {
            return CatalogResult.NotFound();
        }
        if (form.State != FormState.Live)
        {
            return CatalogResult.Refused(form, form.State == FormState.Archived
                ? "Formulář už je archivovaný."
                : "Archivovat lze jen zveřejněný formulář; nezveřejněný koncept zahoďte.");
        }
        form.State = FormState.Archived;
        return await StoreAsync(form, actor, FormAuditActions.Archived, $"Archivován formulář „{form.Title}“.", null, cancellationToken);
    }

    /// <summary>Makes an archived form live again with the version it had.</summary>
    public async Task<CatalogResult> RestoreAsync(string slug, string actor, CancellationToken cancellationToken = default)
    {
        var form = await FindAsync(slug, cancellationToken);
        if (form is null)
        {
            return CatalogResult.NotFound();
        }
        if (form.State != FormState.Archived)
        {
            return CatalogResult.Refused(form, "Formulář není archivovaný.");
        }
        form.State = FormState.Live;
        return await StoreAsync(form, actor, FormAuditActions.Restored, $"Obnoven formulář „{form.Title}“ z archivu.", null, cancellationToken);
    }

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

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static DefinitionProblem SlugTaken(string slug) =>
        new("$.slug", $"Formulář s adresou „{slug}“ už existuje; zvolte jinou adresu.");

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

    /// <summary>Stores the tracked changes with the audit entry (and event) in one transaction, renewing the form's stamp.</summary>
    private async Task<CatalogResult> StoreAsync(
        Form form, string actor, string action, string summary, Action? publishEvent, CancellationToken cancellationToken)
    {
        if (db.Entry(form).State != EntityState.Deleted)
        {
            form.UpdatedUtc = Now;
            form.Stamp = Guid.NewGuid();
        }
        try
        {
            await SharedTransaction.RunAsync(db, [core], async () =>
            {
                audit.Add(action, "Form", form.Slug, summary, actor);
                if (ChangesPublicState(action))
                {
                    indexingLog.Append(FormSearchSource.Kind, form.Id.ToString(), IndexingTaskKind.Update);
                }
                publishEvent?.Invoke();
                await db.SaveChangesAsync(cancellationToken);
                await core.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrency token that no longer matches, or a unique index (slug, version number) another editor's
            // change took first: the transaction rolled back; forget what this attempt tracked.
            db.ChangeTracker.Clear();
            core.ChangeTracker.Clear();
            return CatalogResult.Conflict();
        }
        // The catalogue, the start pages, life situations' "Vyřídit online" and links in rich text show live forms:
        // evicted before the editor sees the result (this node; others within a minute, LiveForms).
        await publicPages.InvalidateAsync(cancellationToken);
        return CatalogResult.Done(form);
    }

    // What changes whether (and as what) the form is found by the site search: the indexer re-reads its public state.
    private static bool ChangesPublicState(string action) =>
        action is FormAuditActions.Published or FormAuditActions.Archived or FormAuditActions.Restored or FormAuditActions.Deleted;
}
