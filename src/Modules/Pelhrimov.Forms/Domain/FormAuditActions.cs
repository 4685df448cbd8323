using Pelhrimov.Core.Audit;

namespace Pelhrimov.Forms.Domain;

/// <summary>Audit codes the forms module writes.</summary>
public static class FormAuditActions
{
    public const string Created = "form.created";
    public const string DraftSaved = "form.draft-saved";
    public const string Published = "form.published";
    public const string DraftStarted = "form.draft-started";
    public const string DraftDiscarded = "form.draft-discarded";
    public const string Deleted = "form.deleted";
    public const string Archived = "form.archived";
    public const string Restored = "form.restored";
    public const string Copied = "form.copied";
    public const string Imported = "form.imported";
    public const string Exported = "form.exported";
    public const string SubmissionsExported = "form.submissions-exported";
    public const string AttachmentDownloaded = "form.attachment-downloaded";
}

/// <summary>Czech names of <see cref="FormAuditActions"/>.</summary>
public sealed class FormAuditActionLabels : IAuditActionLabels
{
    public IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [FormAuditActions.Created] = "Vytvoření formuláře",
        [FormAuditActions.DraftSaved] = "Uložení konceptu formuláře",
        [FormAuditActions.Published] = "Zveřejnění verze formuláře",
        [FormAuditActions.DraftStarted] = "Založení konceptu další verze formuláře",
        [FormAuditActions.DraftDiscarded] = "Zahození konceptu formuláře",
        [FormAuditActions.Deleted] = "Smazání nezveřejněného formuláře",
        [FormAuditActions.Archived] = "Archivace formuláře",
        [FormAuditActions.Restored] = "Obnovení formuláře z archivu",
        [FormAuditActions.Copied] = "Kopie formuláře",
        [FormAuditActions.Imported] = "Import formuláře ze souboru",
        [FormAuditActions.Exported] = "Export verze formuláře",
        [FormAuditActions.SubmissionsExported] = "Export podání z formuláře",
        [FormAuditActions.AttachmentDownloaded] = "Stažení přílohy podání z formuláře",
    };
}
