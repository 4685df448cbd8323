using Pelhrimov.Core.Security;

namespace Pelhrimov.Filings;

/// <summary>The records system's scope: it writes filings, their status changes and documents.</summary>
public sealed class ApiScopes : IApiScopeProvider
{
    public const string Write = "filings.write";

    public IEnumerable<ApiScope> GetScopes() =>
    [
        new(Write, "Zápis podání", "Spisová služba zapisuje podání občanů, změny jejich stavu a dokumenty."),
    ];
}
