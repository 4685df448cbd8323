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
/// form at once the second stores nothing (two concurrent publishes never give two live versions). Copy, export and
/// import, the ways forms travel between towns, are in <c>FormCatalog.Transfers.cs</c>.
/// </summary>
public sealed partial class FormCatalog(
    FormsDbContext db, CoreDbContext core, IDomainEvents events, IAuditLog audit, IndexingLog indexingLog,
    PublicPageCacheInvalidator publicPages, TimeProvider clock)
{
    public Task<Form?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Forms.FirstOrDefaultAsync(f => f.Slug == slug, cancellationToken);

    public Task<FormVersion?> FindVersionAsync(Guid? versionId, CancellationToken cancellationToken = default) =>
        versionId is { } id ? db.Versions.FirstOrDefaultAsync(v => v.Id == id, cancellationToken) : Task.FromResult<FormVersion?>(null);

    public async Task<IReadOnlyList<FormVersion>> VersionsAsync(Guid formId, CancellationToken cancellationToken = default) =>
        await db.Versions.AsNoTracking().Where(v => v.FormId == formId).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);

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

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static DefinitionProblem SlugTaken(string slug) =>
        new("$.slug", $"Formulář s adresou „{slug}“ už existuje; zvolte jinou adresu.");

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
