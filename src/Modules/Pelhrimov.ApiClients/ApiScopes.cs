using Pelhrimov.Core.Security;

namespace Pelhrimov.ApiClients;

/// <summary>The module's own scope: enough to check the connection and see what the client was granted.</summary>
public sealed class ApiScopes : IApiScopeProvider
{
    public const string PortalHealth = "portal.health";

    public IEnumerable<ApiScope> GetScopes() =>
    [
        new(PortalHealth, "Stav portálu", "Ověření spojení: klient zjistí, jak ho portál zná a jaké rozsahy přístupu má."),
    ];
}
