using Pelhrimov.Core.Security;

namespace Pelhrimov.Receivables;

/// <summary>The back-office API's scope: the finance system writes receivables and payments.</summary>
public sealed class ApiScopes : IApiScopeProvider
{
    public const string Write = "receivables.write";

    public IEnumerable<ApiScope> GetScopes() =>
    [
        new(Write, "Zápis pohledávek", "Ekonomický systém zapisuje a čte předpisy pohledávek občanů a jejich platby."),
    ];
}
