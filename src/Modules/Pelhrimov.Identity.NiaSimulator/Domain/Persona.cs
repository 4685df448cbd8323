namespace Pelhrimov.Identity.NiaSimulator.Domain;

/// <summary>A made-up person the simulator can sign in as, with the register data NIA would release about them.</summary>
/// <param name="Id">Stable slug used by <c>persona=</c> and in the session.</param>
/// <param name="Means">The identification means, in Czech, as NIA's chooser names it.</param>
/// <param name="DateOfBirth">Null makes the date move with the calendar; see <see cref="BirthDateOn"/>.</param>
/// <param name="AgeAtNewYear">For a persona without a fixed birth date: the age reached on 1 January of the current year.</param>
public sealed record Persona(
    string Id,
    string GivenName,
    string FamilyName,
    DateOnly? DateOfBirth,
    string PlaceOfBirth,
    string Means,
    LevelOfAssurance Level,
    PersonaAddress? Address,
    string? Email,
    string? Phone,
    string? IdType,
    string? IdNumber,
    string Description,
    int AgeAtNewYear = 0)
{
    /// <summary>Name as shown on the chooser page (title case even when NIA sends it in upper case).</summary>
    public string DisplayName => $"{Title(GivenName)} {Title(FamilyName)}";

    /// <summary>
    /// The birth date as of <paramref name="today"/>. A persona that must keep its age (the minor) is born on 1 January,
    /// <see cref="AgeAtNewYear"/> years before the current year, so it has that age all year long.
    /// </summary>
    public DateOnly BirthDateOn(DateOnly today) => DateOfBirth ?? new DateOnly(today.Year - AgeAtNewYear, 1, 1);

    public int AgeOn(DateOnly today)
    {
        var born = BirthDateOn(today);
        var age = today.Year - born.Year;
        return born.AddYears(age) > today ? age - 1 : age;
    }

    private static string Title(string name) =>
        string.Join(' ', name.Split(' ').Select(w => w.Length == 0 ? w : w[..1].ToUpperInvariant() + w[1..].ToLowerInvariant()));
}

/// <summary>An address as the basic registers hold it, and its RÚIAN address point code.</summary>
public sealed record PersonaAddress(
    string Thoroughfare,
    string LocatorDesignator,
    string PostName,
    string PostCode,
    string AddressArea,
    string RuianCode)
{
    /// <summary>One line for the chooser page, e.g. <c>Nádražní 1254, 393 01 Pelhřimov</c>.</summary>
    public string OneLine => $"{Thoroughfare} {LocatorDesignator}, {PostCode[..3]} {PostCode[3..]} {PostName}";
}
