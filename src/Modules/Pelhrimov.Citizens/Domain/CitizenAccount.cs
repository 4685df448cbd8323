using Microsoft.AspNetCore.Identity;

namespace Pelhrimov.Citizens.Domain;

/// <summary>
/// One person's account: identified by eID (<see cref="PersonIdentifier"/>), registered with e-mail and password, or both
/// once linked. Attributes from eID are copied at every eID sign-in and are the town's only copy of them.
/// </summary>
public sealed class CitizenAccount : IdentityUser<Guid>
{
    public CitizenAccount()
    {
        Id = Guid.NewGuid();
        UserName = Id.ToString("N");
    }

    /// <summary>NIA's pseudonym of the person for this town (<c>CZ/CZ/&lt;guid&gt;</c>); null for an account without eID.</summary>
    public string? PersonIdentifier { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? PlaceOfBirth { get; set; }

    /// <summary>Address of residence from eID; null when the person has none in the register or NIA released none.</summary>
    public PostalAddress? Address { get; set; }

    /// <summary>Level of assurance of the last eID sign-in.</summary>
    public IdentityLevel? Level { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? LastSignInUtc { get; set; }

    public DateTime? LastEidSignInUtc { get; set; }

    public bool HasEid => PersonIdentifier is not null;

    public bool HasPassword => PasswordHash is not null;

    /// <summary>What the audit log calls this account: never a name or an e-mail, so that the log outlives the account.</summary>
    public string Pseudonym => Pseudonyms.For(Id);

    public string? FullName => GivenName is null && FamilyName is null ? null : $"{GivenName} {FamilyName}".Trim();
}

/// <summary>The name under which a citizen appears in the audit log: <c>občan 1a2b3c4d5e6f</c>.</summary>
public static class Pseudonyms
{
    public static string For(Guid accountId) => "občan " + accountId.ToString("N")[..12];
}

/// <summary>An address as NIA hands it over (eIDAS <c>CurrentAddress</c>).</summary>
public sealed record PostalAddress(
    string? Street,
    string? HouseNumber,
    string? Town,
    string? PostCode,
    string? Area)
{
    /// <summary>"Masarykovo náměstí 1, 393 01 Pelhřimov".</summary>
    public string OneLine
    {
        get
        {
            var street = string.Join(' ', new[] { Street ?? Area, HouseNumber }.Where(p => !string.IsNullOrWhiteSpace(p)));
            var town = string.Join(' ', new[] { PostCode, Town }.Where(p => !string.IsNullOrWhiteSpace(p)));
            return string.Join(", ", new[] { street, town }.Where(p => p.Length > 0));
        }
    }
}
