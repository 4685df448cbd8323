using Pelhrimov.Core.Audit;

namespace Pelhrimov.Receivables.Statements.Domain;

/// <summary>Audit codes of the statement import.</summary>
public static class StatementsAuditActions
{
    public const string Imported = "statements.imported";
    public const string Confirmed = "statements.confirmed";
    public const string LineAssigned = "statements.line-assigned";

    public const string ImportEntityType = "StatementImport";
}

/// <summary>Czech names of <see cref="StatementsAuditActions"/>.</summary>
public sealed class StatementsAuditActionLabels : IAuditActionLabels
{
    public IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [StatementsAuditActions.Imported] = "Nahrání bankovního výpisu",
        [StatementsAuditActions.Confirmed] = "Zaúčtování bankovního výpisu",
        [StatementsAuditActions.LineAssigned] = "Ruční přiřazení platby z bankovního výpisu",
    };
}
