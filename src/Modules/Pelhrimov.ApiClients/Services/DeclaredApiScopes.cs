using System.Text.RegularExpressions;
using Pelhrimov.Core.Security;

namespace Pelhrimov.ApiClients.Services;

/// <summary>Every API scope the modules declared, in name order: the only scopes a client can be granted or request.</summary>
public sealed partial class DeclaredApiScopes
{
    private readonly Dictionary<string, ApiScope> _byName;

    public DeclaredApiScopes(IEnumerable<IApiScopeProvider> providers)
    {
        _byName = new Dictionary<string, ApiScope>(StringComparer.Ordinal);
        foreach (var scope in providers.SelectMany(p => p.GetScopes()))
        {
            if (!ValidName().IsMatch(scope.Name))
            {
                throw new InvalidOperationException(
                    $"API scope '{scope.Name}' is not a valid scope name: use lower-case letters, digits, '.', '-' and '_'.");
            }
            if (!_byName.TryAdd(scope.Name, scope))
            {
                throw new InvalidOperationException($"API scope '{scope.Name}' is declared by two modules.");
            }
        }
        All = _byName.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<ApiScope> All { get; }

    public bool IsDeclared(string name) => _byName.ContainsKey(name);

    public ApiScope? Find(string name) => _byName.GetValueOrDefault(name);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,99}$")]
    private static partial Regex ValidName();
}
