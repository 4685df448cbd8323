using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Pelhrimov.Identity.Domain;

/// <summary>A member of the town office's staff who signs in to the admin with e-mail and password.</summary>
/// <remarks>Citizens are a different kind of account with their own tables; a staff account never comes from eID.</remarks>
public sealed class StaffUser : IdentityUser<Guid>
{
    private string _displayName = "";

    public StaffUser() => Id = Guid.NewGuid();

    /// <summary>The name shown in the admin and in the audit log, e.g. "Jana Nováková".</summary>
    public string DisplayName
    {
        get => _displayName;
        set
        {
            _displayName = value;
            SearchName = ToSearchText(value);
        }
    }

    /// <summary>
    /// <see cref="DisplayName"/> upper-cased without diacritics ("JANA NOVAKOVA"), kept in step with it, so that the staff
    /// search finds "Nováková" by "novakova" on SQLite too, whose <c>lower()</c> knows only ASCII.
    /// </summary>
    public string SearchName { get; private set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime? LastSignInUtc { get; set; }

    /// <summary>The form of a search term that <see cref="SearchName"/> is compared with.</summary>
    public static string ToSearchText(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                result.Append(char.ToUpperInvariant(c));
            }
        }
        return result.ToString().Normalize(NormalizationForm.FormC);
    }
}
