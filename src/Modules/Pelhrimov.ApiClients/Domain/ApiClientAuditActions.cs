namespace Pelhrimov.ApiClients.Domain;

/// <summary>The audit log actions of API client administration; the entity id is the client id.</summary>
public static class ApiClientAuditActions
{
    public const string EntityType = "ApiClient";
    public const string Created = "apiclient.created";
    public const string Updated = "apiclient.updated";
    public const string SecretRotated = "apiclient.secret-rotated";
    public const string Enabled = "apiclient.enabled";
    public const string Disabled = "apiclient.disabled";
    public const string Deleted = "apiclient.deleted";
}
