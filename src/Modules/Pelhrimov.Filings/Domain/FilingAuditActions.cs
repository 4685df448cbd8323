using Pelhrimov.Core.Audit;

namespace Pelhrimov.Filings.Domain;

/// <summary>Audit codes the filings module writes.</summary>
public static class FilingAuditActions
{
    public const string StatusChanged = "filing.status-changed";
    public const string DocumentAdded = "filing.document-added";
    public const string DocumentDownloaded = "filing.document-downloaded";
}

/// <summary>Czech names of <see cref="FilingAuditActions"/>.</summary>
public sealed class FilingAuditActionLabels : IAuditActionLabels
{
    public IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [FilingAuditActions.StatusChanged] = "Změna stavu podání",
        [FilingAuditActions.DocumentAdded] = "Připojení dokumentu k podání",
        [FilingAuditActions.DocumentDownloaded] = "Stažení dokumentu podání úředníkem",
    };
}
