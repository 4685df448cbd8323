using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using OidcPermissions = OpenIddict.Abstractions.OpenIddictConstants.Permissions;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers.Exchange;

namespace Pelhrimov.ApiClients.Endpoints;

/// <summary>
/// Answers a token request for a scope the client was not granted with <c>invalid_scope</c>, as RFC 6749 §5.2 says,
/// rather than OpenIddict's own <c>invalid_request</c>. Runs after the client secret was checked, just before
/// OpenIddict's permission check, which then only confirms.
/// </summary>
public sealed class ScopeGrantCheck(IOpenIddictApplicationManager applications) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseScopedHandler<ScopeGrantCheck>()
            .SetOrder(ValidateScopePermissions.Descriptor.Order - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (string.IsNullOrEmpty(context.ClientId)
            || await applications.FindByClientIdAsync(context.ClientId, context.CancellationToken) is not { } client)
        {
            return;
        }
        foreach (var scope in context.Request.GetScopes())
        {
            if (!await applications.HasPermissionAsync(client, OidcPermissions.Prefixes.Scope + scope, context.CancellationToken))
            {
                // error_description is ASCII (RFC 6749 §5.2).
                context.Reject(Errors.InvalidScope, $"The client has not been granted the scope '{scope}'.");
                return;
            }
        }
    }
}
