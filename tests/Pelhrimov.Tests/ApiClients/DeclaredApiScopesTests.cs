using Pelhrimov.ApiClients.Services;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Tests.ApiClients;

/// <summary>The list of scopes modules declare: sorted, unique, and names a client can send in a form body.</summary>
public sealed class DeclaredApiScopesTests
{
    private sealed class Provider(params ApiScope[] scopes) : IApiScopeProvider
    {
        public IEnumerable<ApiScope> GetScopes() => scopes;
    }

    [Fact]
    public void Scopes_of_all_modules_are_listed_in_name_order()
    {
        var declared = new DeclaredApiScopes([
            new Provider(new ApiScope("receivables.write", "Zápis pohledávek", "…")),
            new Provider(new ApiScope("filings.read", "Čtení podání", "…"), new ApiScope("portal.health", "Stav portálu", "…")),
        ]);

        Assert.Equal(["filings.read", "portal.health", "receivables.write"], declared.All.Select(s => s.Name));
        Assert.True(declared.IsDeclared("filings.read"));
        Assert.False(declared.IsDeclared("filings.write"));
    }

    [Fact]
    public void Two_modules_declaring_the_same_scope_stop_the_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DeclaredApiScopes([
            new Provider(new ApiScope("filings.read", "A", "…")), new Provider(new ApiScope("filings.read", "B", "…"))]));

        Assert.Contains("filings.read", error.Message);
    }

    [Theory]
    [InlineData("Filings.Read")]
    [InlineData("filings read")]
    [InlineData("podání.čtení")]
    [InlineData("")]
    public void A_scope_name_outside_lower_case_ascii_stops_the_start(string name) =>
        Assert.Throws<InvalidOperationException>(() => new DeclaredApiScopes([new Provider(new ApiScope(name, "X", "…"))]));
}
