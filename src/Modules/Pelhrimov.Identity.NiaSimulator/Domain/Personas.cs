namespace Pelhrimov.Identity.NiaSimulator.Domain;

/// <summary>The people the simulator can sign in as. Made up; any likeness to real people is coincidental.</summary>
/// <remarks>Listed in docs/nia-simulator.md; the ids are used by tests (<c>persona=</c>), so keep them stable.</remarks>
public static class Personas
{
    private const string ChipCard = "Občanský průkaz s čipem (eObčanka)";
    private const string MobileKey = "Mobilní klíč eGovernmentu";
    private const string PasswordSms = "Jméno, heslo a SMS kód (NIA ID)";
    private const string BankId = "Bankovní identita";
    private const string PasswordOnly = "Jméno a heslo bez SMS (starší účet NIA)";

    public static readonly IReadOnlyList<Persona> All =
    [
        new("jan-novak", "Jan", "Novák", new DateOnly(1979, 3, 12), "Pelhřimov", ChipCard, LevelOfAssurance.High,
            new PersonaAddress("Masarykovo náměstí", "12", "Pelhřimov", "39301", "Pelhřimov", "25008412"),
            "jan.novak@example.cz", "+420602111222", "ID", "201234567",
            "Pracující, bydlí na náměstí v Pelhřimově."),
        new("pavel-cernych", "PAVEL", "ČERNÝCH", new DateOnly(1956, 7, 15), "Praha 2", PasswordSms, LevelOfAssurance.Substantial,
            new PersonaAddress("Nádražní", "1254", "Pelhřimov", "39301", "Pelhřimov", "25011901"),
            null, "+420731222333", "ID", "115502931",
            "Důchodce; NIA vrací jméno velkými písmeny."),
        new("marie-svobodova", "Marie", "Svobodová", new DateOnly(1988, 11, 2), "Jihlava", MobileKey, LevelOfAssurance.Substantial,
            new PersonaAddress("Pražská", "1617", "Pelhřimov", "39301", "Pelhřimov", "25013580"),
            "marie.svobodova@example.cz", "+420777333444", "ID", "208765432",
            "Pracující matka, bydlí v Pelhřimově."),
        new("tereza-dvorakova", "Tereza", "Dvořáková", null, "Pelhřimov", ChipCard, LevelOfAssurance.High,
            new PersonaAddress("Humpolecká", "456", "Pelhřimov", "39301", "Pelhřimov", "25009702"),
            "tereza.dvorakova@example.cz", "+420605444555", "ID", "214455667",
            "Nezletilá: po celý letošní rok je jí 17 let (narozena 1. ledna).", AgeAtNewYear: 17),
        new("lukas-prochazka", "Lukáš", "Procházka", new DateOnly(1992, 4, 8), "Praha", PasswordOnly, LevelOfAssurance.Low,
            new PersonaAddress("Vinohradská", "2030/48", "Praha 2", "12000", "Praha 2", "21723559"),
            "lukas.prochazka@example.cz", null, null, null,
            "Bydlí v Praze; prostředek jen s nízkou úrovní záruky."),
        new("eva-kralova", "EVA", "KRÁLOVÁ", new DateOnly(1971, 9, 23), "Havlíčkův Brod", BankId, LevelOfAssurance.Substantial,
            new PersonaAddress("Znojemská", "4426/56", "Jihlava", "58601", "Jihlava", "25660241"),
            "eva.kralova@example.cz", "+420724555666", "ID", "109988776",
            "Bydlí v Jihlavě; NIA vrací jméno velkými písmeny."),
        new("josef-marek", "Josef", "Marek", new DateOnly(1965, 1, 30), "Brno", ChipCard, LevelOfAssurance.High,
            null, null, "+420739666777", "ID", "112233445",
            "Bez adresy: NIA jeho adresu (CurrentAddress) nikdy nevydá."),
    ];

    public static Persona? Find(string? id) =>
        string.IsNullOrWhiteSpace(id) ? null : All.FirstOrDefault(p => p.Id.Equals(id.Trim(), StringComparison.OrdinalIgnoreCase));
}
