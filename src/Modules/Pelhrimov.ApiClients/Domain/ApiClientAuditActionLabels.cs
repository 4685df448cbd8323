using Pelhrimov.Core.Audit;
using static Pelhrimov.ApiClients.Domain.ApiClientAuditActions;

namespace Pelhrimov.ApiClients.Domain;

/// <summary>Czech names of <see cref="ApiClientAuditActions"/> for the admin's audit tables.</summary>
public sealed class ApiClientAuditActionLabels : IAuditActionLabels
{
    public IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [Created] = "Založení klienta API",
        [Updated] = "Úprava klienta API",
        [SecretRotated] = "Nové tajemství klienta API",
        [Enabled] = "Povolení klienta API",
        [Disabled] = "Zakázání klienta API",
        [Deleted] = "Smazání klienta API",
    };
}
