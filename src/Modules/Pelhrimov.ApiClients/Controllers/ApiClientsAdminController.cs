using Microsoft.AspNetCore.Mvc;
using Pelhrimov.ApiClients.Domain;
using Pelhrimov.ApiClients.Endpoints;
using Pelhrimov.ApiClients.Models;
using Pelhrimov.ApiClients.Services;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Security;

namespace Pelhrimov.ApiClients.Controllers;

/// <summary>
/// <c>/admin/api-klienti</c>: the list of back-office systems with API access, creating one, changing its name, scopes
/// and note, a new secret, disabling and deleting. A secret is shown once, in the response that made it, and never again.
/// </summary>
[Route(AdminMenu.Url)]
[AuthorizePermission(Permissions.ManageApiClientsName)]
public sealed class ApiClientsAdminController(ApiClientRegistry registry, DeclaredApiScopes scopes) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int strana = 1, CancellationToken cancellationToken = default) =>
        View(await registry.ListAsync(strana, cancellationToken));

    [HttpGet("novy")]
    public IActionResult Create() =>
        // A proposed id in the form: posting the same form twice then fails as a duplicate instead of making two clients.
        View(new ApiClientCreateModel(new ApiClientInput { ClientId = ClientCredentials.NewClientId() }, scopes.All));

    [HttpPost("novy")]
    public async Task<IActionResult> Create([Bind(Prefix = "")] ApiClientInput input, CancellationToken cancellationToken)
    {
        var change = await registry.CreateAsync(input, cancellationToken);
        if (!change.Succeeded)
        {
            AddErrors(change);
            return View(new ApiClientCreateModel(input, scopes.All));
        }
        var client = (await registry.FindAsync(change.ClientId!, cancellationToken))!;
        return SecretPage(client, change.Secret!, isNewClient: true);
    }

    [HttpGet("{clientId}")]
    public async Task<IActionResult> Edit(string clientId, CancellationToken cancellationToken) =>
        await registry.FindAsync(clientId, cancellationToken) is { } client
            ? View(await EditModelAsync(client, input: null, cancellationToken))
            : NotFound();

    [HttpPost("{clientId}")]
    public async Task<IActionResult> Edit(string clientId, [Bind(Prefix = "")] ApiClientInput input, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(clientId, cancellationToken) is not { } client)
        {
            return NotFound();
        }
        var change = await registry.UpdateAsync(client, input, cancellationToken);
        if (!change.Succeeded)
        {
            AddErrors(change);
            return View(await EditModelAsync(client, input, cancellationToken));
        }
        Flash($"Klient {client.ClientId} je uložený.");
        return Redirect($"{AdminMenu.Url}/{client.ClientId}");
    }

    [HttpPost("{clientId}/tajemstvi")]
    public async Task<IActionResult> RotateSecret(string clientId, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(clientId, cancellationToken) is not { } client)
        {
            return NotFound();
        }
        var secret = await registry.RotateSecretAsync(client, cancellationToken);
        return SecretPage(client, secret, isNewClient: false);
    }

    [HttpPost("{clientId}/zakazat")]
    public Task<IActionResult> Disable(string clientId, CancellationToken cancellationToken) =>
        SetEnabledAsync(clientId, enabled: false, cancellationToken);

    [HttpPost("{clientId}/povolit")]
    public Task<IActionResult> Enable(string clientId, CancellationToken cancellationToken) =>
        SetEnabledAsync(clientId, enabled: true, cancellationToken);

    [HttpGet("{clientId}/smazat")]
    public async Task<IActionResult> Delete(string clientId, CancellationToken cancellationToken) =>
        await registry.FindAsync(clientId, cancellationToken) is { } client
            ? View(new ApiClientDeleteModel(client.ClientId!, client.DisplayName ?? client.ClientId!))
            : NotFound();

    [HttpPost("{clientId}/smazat")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(string clientId, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(clientId, cancellationToken) is not { } client)
        {
            return NotFound();
        }
        await registry.DeleteAsync(client, cancellationToken);
        Flash($"Klient {client.ClientId} byl smazán; jeho tajemství ani tokeny už neplatí.");
        return Redirect(AdminMenu.Url);
    }

    private async Task<IActionResult> SetEnabledAsync(string clientId, bool enabled, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(clientId, cancellationToken) is not { } client)
        {
            return NotFound();
        }
        await registry.SetEnabledAsync(client, enabled, cancellationToken);
        Flash(enabled ? $"Klient {client.ClientId} je povolený." : $"Klient {client.ClientId} je zakázaný; nedostane token a vydané tokeny přestaly platit.");
        return Redirect($"{AdminMenu.Url}/{client.ClientId}");
    }

    private IActionResult SecretPage(ApiClient client, string secret, bool isNewClient)
    {
        var tokenUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}{TokenEndpoint.Path}";
        return View("Secret", new ApiClientSecretModel(client.ClientId!, client.DisplayName ?? client.ClientId!, secret, isNewClient, tokenUrl));
    }

    private async Task<ApiClientEditModel> EditModelAsync(ApiClient client, ApiClientInput? input, CancellationToken cancellationToken)
    {
        input ??= new ApiClientInput
        {
            DisplayName = client.DisplayName,
            Scopes = [.. await registry.ScopesOfAsync(client, cancellationToken)],
            Note = client.Note,
        };
        return new ApiClientEditModel(client.ClientId!, client.IsEnabled, client.CreatedUtc, client.CreatedBy, client.SecretCreatedUtc, input, scopes.All);
    }

    private void AddErrors(ApiClientChange change)
    {
        foreach (var (key, message) in change.Errors)
        {
            ModelState.AddModelError(key, message);
        }
    }
}
