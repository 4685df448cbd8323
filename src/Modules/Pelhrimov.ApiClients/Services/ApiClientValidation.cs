using System.Text.RegularExpressions;
using Pelhrimov.ApiClients.Models;

namespace Pelhrimov.ApiClients.Services;

/// <summary>Checks an administrator's input about a client; messages are Czech and keyed by form field.</summary>
public static partial class ApiClientValidation
{
    public const int MaxDisplayName = 200;
    public const int MaxNote = 1000;

    /// <summary>The create form's address segment, <c>/admin/api-klienti/novy</c>: a client with this id could not be opened.</summary>
    public const string ReservedClientId = "novy";

    public static List<(string Key, string Message)> Validate(ApiClientInput input, DeclaredApiScopes scopes, bool creating)
    {
        var errors = new List<(string, string)>();
        var name = input.DisplayName?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add((nameof(ApiClientInput.DisplayName), "Zadejte název klienta, například „Ekonomický systém“."));
        }
        else if (name.Length > MaxDisplayName)
        {
            errors.Add((nameof(ApiClientInput.DisplayName), $"Název může mít nejvýše {MaxDisplayName} znaků."));
        }
        if (creating && !string.IsNullOrWhiteSpace(input.ClientId) && !ValidClientId().IsMatch(input.ClientId.Trim()))
        {
            errors.Add((nameof(ApiClientInput.ClientId),
                "Identifikátor klienta může mít 3 až 100 znaků: malá písmena bez diakritiky, číslice, tečku, pomlčku a podtržítko."));
        }
        if (creating && string.Equals(input.ClientId?.Trim(), ReservedClientId, StringComparison.Ordinal))
        {
            errors.Add((nameof(ApiClientInput.ClientId), $"Identifikátor „{ReservedClientId}“ je vyhrazený pro adresu formuláře; zvolte jiný."));
        }
        var chosen = input.Scopes.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (chosen.Count == 0)
        {
            errors.Add((nameof(ApiClientInput.Scopes), "Vyberte alespoň jeden rozsah přístupu."));
        }
        foreach (var unknown in chosen.Where(s => !scopes.IsDeclared(s)).Distinct())
        {
            errors.Add((nameof(ApiClientInput.Scopes), $"Rozsah přístupu „{unknown}“ žádný modul portálu nenabízí."));
        }
        if ((input.Note?.Trim().Length ?? 0) > MaxNote)
        {
            errors.Add((nameof(ApiClientInput.Note), $"Poznámka může mít nejvýše {MaxNote} znaků."));
        }
        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,99}$")]
    private static partial Regex ValidClientId();
}
