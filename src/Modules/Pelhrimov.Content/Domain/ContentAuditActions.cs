using Pelhrimov.Core.Audit;

namespace Pelhrimov.Content.Domain;

/// <summary>The audit action codes of content, media and menus, with their Czech names.</summary>
public sealed class ContentAuditActions : IAuditActionLabels
{
    public const string Saved = "content.saved";
    public const string Published = "content.published";
    public const string Unpublished = "content.unpublished";
    public const string Archived = "content.archived";
    public const string Restored = "content.restored";
    public const string MediaUploaded = "media.uploaded";
    public const string MenuSaved = "menu.saved";

    public IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [Saved] = "Uložení obsahu",
        [Published] = "Zveřejnění obsahu",
        [Unpublished] = "Zrušení zveřejnění",
        [Archived] = "Archivace obsahu",
        [Restored] = "Obnovení starší verze",
        [MediaUploaded] = "Nahrání souboru",
        [MenuSaved] = "Úprava nabídky",
    };
}
