using Pelhrimov.Core.Security;

namespace Pelhrimov.People;

/// <summary>The API scopes of the register of persons.</summary>
public sealed class ApiScopes : IApiScopeProvider
{
    public const string Write = "persons.write";

    public const string Read = "persons.read";

    public IEnumerable<ApiScope> GetScopes() =>
    [
        new(Write, "Zápis osob", "Úřední systém zapisuje a opravuje osoby ze sdíleného registru osob (jméno, datum narození, adresa)."),
        new(Read, "Čtení osob", "Úřední systém čte osoby, které portál z registru osob zná."),
    ];
}
