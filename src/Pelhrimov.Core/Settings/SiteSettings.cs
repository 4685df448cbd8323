namespace Pelhrimov.Core.Settings;

/// <summary>The town's identity and contacts, shown in the header, footer and contact pages.</summary>
public sealed record SiteSettings
{
    public string TownName { get; init; } = "Pelhřimov";
    public string OfficialName { get; init; } = "Město Pelhřimov";

    /// <summary>The official name in the genitive, lower case: "portál občana <em>města Pelhřimova</em>".</summary>
    /// <remarks>Stored, not derived: Czech declension of place names and the kind of municipality (město, obec, městys)
    /// follow no rule a program can apply safely (ADR 0021).</remarks>
    public string OfficialNameGenitive { get; init; } = "města Pelhřimova";

    /// <summary>"Where" with its preposition: "z dění <em>v Pelhřimově</em>", "ve Vlašimi".</summary>
    public string InTheTown { get; init; } = "v Pelhřimově";

    public string Street { get; init; } = "Masarykovo náměstí 1";
    public string PostCode { get; init; } = "393 01";
    public string City { get; init; } = "Pelhřimov";
    public string Ico { get; init; } = "00248801";
    public string Dic { get; init; } = "CZ00248801";
    public string Phone { get; init; } = "";
    public string Email { get; init; } = "";
    public string DataBox { get; init; } = "";
    public string BankAccount { get; init; } = "";
    public string Web { get; init; } = "";
    public IReadOnlyList<OfficeHours> OfficeHours { get; init; } = [];
    public IReadOnlyList<DepartmentContact> Contacts { get; init; } = [];
}

public sealed record OfficeHours(string Days, string Hours);

public sealed record DepartmentContact(string Department, string? Phone, string? Email);
