using Pelhrimov.Core.Security;

namespace Pelhrimov.ApiClients.Models;

/// <summary>What an administrator types about a client: its name, scopes and note (and the id when creating it).</summary>
public sealed class ApiClientInput
{
    public string? DisplayName { get; set; }

    /// <summary>Only when creating; empty means "make one up".</summary>
    public string? ClientId { get; set; }

    public List<string> Scopes { get; set; } = [];

    public string? Note { get; set; }
}

/// <summary>One row of the client list.</summary>
public sealed record ApiClientRow(string ClientId, string DisplayName, bool IsEnabled, IReadOnlyList<string> Scopes, DateTime CreatedUtc);

/// <summary>A page of the client list.</summary>
public sealed record ApiClientPage(IReadOnlyList<ApiClientRow> Rows, int Page, int PageCount, int Total);

/// <summary>The create form with the scopes it offers.</summary>
public sealed record ApiClientCreateModel(ApiClientInput Input, IReadOnlyList<ApiScope> AvailableScopes);

/// <summary>A client's detail page: facts, the edit form and the buttons that change its state.</summary>
public sealed record ApiClientEditModel(
    string ClientId,
    bool IsEnabled,
    DateTime CreatedUtc,
    string CreatedBy,
    DateTime SecretCreatedUtc,
    ApiClientInput Input,
    IReadOnlyList<ApiScope> AvailableScopes);

/// <summary>The one page that ever shows a secret: right after creating a client or rotating its secret.</summary>
public sealed record ApiClientSecretModel(string ClientId, string DisplayName, string Secret, bool IsNewClient, string TokenUrl);

/// <summary>The question before deleting a client.</summary>
public sealed record ApiClientDeleteModel(string ClientId, string DisplayName);
