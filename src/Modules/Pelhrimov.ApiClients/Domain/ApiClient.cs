using OpenIddict.EntityFrameworkCore.Models;

namespace Pelhrimov.ApiClients.Domain;

/// <summary>
/// A back-office system allowed to call the API: an OpenIddict application (client id, hashed secret, permissions
/// that name its scopes) with what the admin adds to it.
/// </summary>
public sealed class ApiClient : OpenIddictEntityFrameworkCoreApplication<string, ApiClientAuthorization, ApiClientToken>
{
    public ApiClient() => Id = Guid.NewGuid().ToString();

    /// <summary>Why the client exists and who to call about it; only administrators see it.</summary>
    public string? Note { get; set; }

    /// <summary>A disabled client gets no token, and the tokens it holds stop working.</summary>
    public bool IsEnabled { get; set; } = true;

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>When the current secret was made (at creation or by the last rotation).</summary>
    public DateTime SecretCreatedUtc { get; set; }
}

/// <summary>OpenIddict's authorization entity; client credentials never create one, but the stores need the type.</summary>
public sealed class ApiClientAuthorization : OpenIddictEntityFrameworkCoreAuthorization<string, ApiClient, ApiClientToken>
{
    public ApiClientAuthorization() => Id = Guid.NewGuid().ToString();
}

/// <summary>OpenIddict's scope entity; scopes are declared by modules in code (<c>IApiScopeProvider</c>), so it stays empty.</summary>
public sealed class ApiClientScope : OpenIddictEntityFrameworkCoreScope<string>
{
    public ApiClientScope() => Id = Guid.NewGuid().ToString();
}

/// <summary>An issued access token's entry: lets a token be revoked before it expires.</summary>
public sealed class ApiClientToken : OpenIddictEntityFrameworkCoreToken<string, ApiClient, ApiClientAuthorization>
{
    public ApiClientToken() => Id = Guid.NewGuid().ToString();
}
