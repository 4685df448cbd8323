namespace Pelhrimov.Core.Settings;

/// <summary>The town's identity and contacts, shown in the header, footer and contact pages.</summary>
/// <remarks>
/// No default names a town: a site is set up by its recipe's <c>Site</c> step, which requires the names and the IČO,
/// and a town must never show another town's details because it left a field out (ADR 0052).
/// </remarks>
public sealed record SiteSettings
{
    public string TownName { get; init; } = "";
    public string OfficialName { get; init; } = "";

    /// <summary>The official name in the genitive, lower case: "portál občana <em>města Pelhřimova</em>".</summary>
    /// <remarks>Stored, not derived: Czech declension of place names and the kind of municipality (město, obec, městys)
    /// follow no rule a program can apply safely (ADR 0021).</remarks>
    public string OfficialNameGenitive { get; init; } = "";

    /// <summary>"Where" with its preposition: "z dění <em>v Pelhřimově</em>", "ve Vlašimi".</summary>
    public string InTheTown { get; init; } = "";

    public string Street { get; init; } = "";
    public string PostCode { get; init; } = "";
    public string City { get; init; } = "";
    public string Ico { get; init; } = "";
    public string Dic { get; init; } = "";
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
