using Microsoft.Extensions.Logging;
using OpenIddict.Core;
using OpenIddict.Server;
using Pelhrimov.ApiClients.Domain;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers.Exchange;

namespace Pelhrimov.ApiClients.Endpoints;

/// <summary>
/// Refuses a token to a client an administrator disabled, with <c>invalid_client</c> (401) as if it did not exist.
/// Runs right after OpenIddict checked the client secret.
/// </summary>
public sealed class DisabledClientCheck(OpenIddictApplicationManager<ApiClient> applications) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseScopedHandler<DisabledClientCheck>()
            .SetOrder(ValidateEndpointPermissions.Descriptor.Order - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (string.IsNullOrEmpty(context.ClientId)
            || await applications.FindByClientIdAsync(context.ClientId, context.CancellationToken) is not { IsEnabled: false })
        {
            return;
        }
        context.Logger.LogWarning("Token refused to disabled API client {ClientId}", context.ClientId);
        // error_description is ASCII (RFC 6749 §5.2): it travels in the WWW-Authenticate header too.
        context.Reject(Errors.InvalidClient, "The client is disabled.");
    }
}
