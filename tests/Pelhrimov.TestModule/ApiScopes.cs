using Pelhrimov.Core.Security;

namespace Pelhrimov.TestModule;

/// <summary>A scope declared by a module that knows nothing of the ApiClients module: proves that declaring is enough.</summary>
public sealed class ApiScopes : IApiScopeProvider
{
    public const string Read = "testmodule.read";

    public const string EndpointPath = "/api/v1/test-module/ping";

    public IEnumerable<ApiScope> GetScopes() =>
    [
        new(Read, "Testovací data", "Čtení dat testovacího modulu; na skutečném webu se nepoužívá."),
    ];
}
