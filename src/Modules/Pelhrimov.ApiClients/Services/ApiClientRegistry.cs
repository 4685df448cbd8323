using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Core;
using Pelhrimov.ApiClients.Data;
using Pelhrimov.ApiClients.Domain;
using Pelhrimov.ApiClients.Models;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Navigation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using OidcPermissions = OpenIddict.Abstractions.OpenIddictConstants.Permissions;

namespace Pelhrimov.ApiClients.Services;

/// <summary>The result of a change: the form errors, or the client id and the new secret when one was made.</summary>
public sealed record ApiClientChange(IReadOnlyList<(string Key, string Message)> Errors, string? ClientId = null, string? Secret = null)
{
    public bool Succeeded => Errors.Count == 0;

    public static readonly ApiClientChange Done = new([]);
}

/// <summary>
/// Creates, lists and changes API clients through OpenIddict's application manager (which hashes secrets), each change
/// together with its audit entry in one transaction. Changes that take rights away revoke the tokens already issued.
/// </summary>
public sealed class ApiClientRegistry(
    ApiClientsDbContext db,
    CoreDbContext core,
    OpenIddictApplicationManager<ApiClient> applications,
    OpenIddictTokenManager<ApiClientToken> tokens,
    DeclaredApiScopes declared,
    IAuditLog audit,
    IHttpContextAccessor http,
    TimeProvider clock)
{
    public const int PageSize = 25;

    public async Task<ApiClientPage> ListAsync(int page, CancellationToken cancellationToken)
    {
        var total = await db.Clients.CountAsync(cancellationToken);
        page = Paging.Clamp(page, total, PageSize);
        var clients = await db.Clients.AsNoTracking()
            .OrderBy(c => c.DisplayName).ThenBy(c => c.ClientId)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        var rows = new List<ApiClientRow>(clients.Count);
        foreach (var client in clients)
        {
            rows.Add(new ApiClientRow(client.ClientId!, client.DisplayName ?? client.ClientId!, client.IsEnabled,
                await ScopesOfAsync(client, cancellationToken), client.CreatedUtc));
        }
        return new ApiClientPage(rows, page, Paging.PageCount(total, PageSize), total);
    }

    public async Task<ApiClient?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken);

    /// <summary>The scopes granted to the client (its <c>scp:</c> permissions), in name order.</summary>
    public async Task<IReadOnlyList<string>> ScopesOfAsync(ApiClient client, CancellationToken cancellationToken) =>
        (await applications.GetPermissionsAsync(client, cancellationToken))
            .Where(p => p.StartsWith(OidcPermissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[OidcPermissions.Prefixes.Scope.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

    public async Task<ApiClientChange> CreateAsync(ApiClientInput input, CancellationToken cancellationToken)
    {
        var errors = ApiClientValidation.Validate(input, declared, creating: true);
        var clientId = string.IsNullOrWhiteSpace(input.ClientId) ? ClientCredentials.NewClientId() : input.ClientId.Trim();
        if (errors.Count == 0 && await applications.FindByClientIdAsync(clientId, cancellationToken) is not null)
        {
            errors.Add((nameof(ApiClientInput.ClientId), $"Klient s identifikátorem „{clientId}“ už existuje. Zvolte jiný identifikátor."));
        }
        if (errors.Count > 0)
        {
            return new ApiClientChange(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var secret = ClientCredentials.NewSecret();
        var client = new ApiClient { Note = Trimmed(input.Note), CreatedUtc = now, CreatedBy = Actor(), SecretCreatedUtc = now };
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = input.DisplayName!.Trim(),
            ClientType = ClientTypes.Confidential,
        };
        SetScopes(descriptor, input.Scopes);
        await applications.PopulateAsync(client, descriptor, cancellationToken);
        await InTransactionAsync(async () =>
        {
            await applications.CreateAsync(client, secret, cancellationToken);
            audit.Add(ApiClientAuditActions.Created, ApiClientAuditActions.EntityType, clientId,
                $"Vytvořen klient API „{descriptor.DisplayName}“ s rozsahy {string.Join(", ", ScopeNames(input.Scopes))}.");
        }, cancellationToken);
        return new ApiClientChange([], clientId, secret);
    }

    /// <summary>Saves the name, note and scopes. Fewer or other scopes revoke the issued tokens.</summary>
    public async Task<ApiClientChange> UpdateAsync(ApiClient client, ApiClientInput input, CancellationToken cancellationToken)
    {
        var errors = ApiClientValidation.Validate(input, declared, creating: false);
        if (errors.Count > 0)
        {
            return new ApiClientChange(errors);
        }
        var before = await ScopesOfAsync(client, cancellationToken);
        var after = ScopeNames(input.Scopes);
        var scopesChanged = !before.SequenceEqual(after);

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, client, cancellationToken);
        descriptor.DisplayName = input.DisplayName!.Trim();
        SetScopes(descriptor, after);
        client.Note = Trimmed(input.Note);
        await InTransactionAsync(async () =>
        {
            await applications.UpdateAsync(client, descriptor, cancellationToken);
            if (scopesChanged)
            {
                await tokens.RevokeByApplicationIdAsync(client.Id!, cancellationToken);
            }
            audit.Add(ApiClientAuditActions.Updated, ApiClientAuditActions.EntityType, client.ClientId,
                $"Upraven klient API „{descriptor.DisplayName}“; rozsahy {string.Join(", ", after)}" +
                (scopesChanged ? $" (dříve {string.Join(", ", before)}; vydané tokeny zneplatněny)." : "."));
        }, cancellationToken);
        return ApiClientChange.Done;
    }

    /// <summary>Replaces the secret; the old one stops working at once and so do tokens issued with it.</summary>
    public async Task<string> RotateSecretAsync(ApiClient client, CancellationToken cancellationToken)
    {
        var secret = ClientCredentials.NewSecret();
        client.SecretCreatedUtc = clock.GetUtcNow().UtcDateTime;
        await InTransactionAsync(async () =>
        {
            await applications.UpdateAsync(client, secret, cancellationToken);
            await tokens.RevokeByApplicationIdAsync(client.Id!, cancellationToken);
            audit.Add(ApiClientAuditActions.SecretRotated, ApiClientAuditActions.EntityType, client.ClientId,
                $"Vygenerováno nové tajemství klienta API „{client.DisplayName}“; staré tajemství a vydané tokeny přestaly platit.");
        }, cancellationToken);
        return secret;
    }

    public async Task SetEnabledAsync(ApiClient client, bool enabled, CancellationToken cancellationToken)
    {
        if (client.IsEnabled == enabled)
        {
            return;
        }
        client.IsEnabled = enabled;
        await InTransactionAsync(async () =>
        {
            await applications.UpdateAsync(client, cancellationToken);
            if (!enabled)
            {
                await tokens.RevokeByApplicationIdAsync(client.Id!, cancellationToken);
            }
            audit.Add(enabled ? ApiClientAuditActions.Enabled : ApiClientAuditActions.Disabled, ApiClientAuditActions.EntityType, client.ClientId,
                enabled ? $"Povolen klient API „{client.DisplayName}“." : $"Zakázán klient API „{client.DisplayName}“; vydané tokeny zneplatněny.");
        }, cancellationToken);
    }

    /// <summary>Deletes the client with its token entries (OpenIddict's store removes them with it).</summary>
    public async Task DeleteAsync(ApiClient client, CancellationToken cancellationToken)
    {
        await InTransactionAsync(async () =>
        {
            await applications.DeleteAsync(client, cancellationToken);
            audit.Add(ApiClientAuditActions.Deleted, ApiClientAuditActions.EntityType, client.ClientId,
                $"Smazán klient API „{client.DisplayName}“.");
        }, cancellationToken);
    }

    private Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(db, [core], async () =>
        {
            await work();
            await core.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    private static void SetScopes(OpenIddictApplicationDescriptor descriptor, IEnumerable<string> scopes)
    {
        descriptor.Permissions.Clear();
        descriptor.Permissions.Add(OidcPermissions.Endpoints.Token);
        descriptor.Permissions.Add(OidcPermissions.GrantTypes.ClientCredentials);
        foreach (var scope in ScopeNames(scopes))
        {
            descriptor.Permissions.Add(OidcPermissions.Prefixes.Scope + scope);
        }
    }

    private static List<string> ScopeNames(IEnumerable<string> scopes) =>
        scopes.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private string Actor() => http.HttpContext?.User.Identity?.Name ?? "system";
}
