using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Builder;

/// <summary>Czech names the builder shows for field types, pre-fill sources, operators and value formats.</summary>
public static class BuilderTexts
{
    /// <summary>Every field type in the order the builder offers them.</summary>
    public static readonly IReadOnlyList<(FieldType Type, string Name)> FieldTypes =
    [
        (FieldType.Text, "Krátký text"),
        (FieldType.LongText, "Dlouhý text"),
        (FieldType.Number, "Číslo"),
        (FieldType.Amount, "Částka v Kč"),
        (FieldType.Date, "Datum"),
        (FieldType.Email, "E-mail"),
        (FieldType.Phone, "Telefon"),
        (FieldType.Choice, "Výběr jedné možnosti"),
        (FieldType.MultiChoice, "Výběr více možností"),
        (FieldType.YesNo, "Ano / ne"),
        (FieldType.Address, "Adresa"),
        (FieldType.BirthNumber, "Rodné číslo"),
        (FieldType.Ico, "IČO"),
        (FieldType.BankAccount, "Číslo účtu"),
        (FieldType.Microchip, "Číslo čipu zvířete"),
        (FieldType.IdCardNumber, "Číslo občanského průkazu"),
        (FieldType.File, "Příloha (soubor)"),
        (FieldType.Info, "Informační text"),
        (FieldType.Computed, "Vypočtená hodnota"),
    ];

    /// <summary>Who may fill a form in (<see cref="AccessKind"/> as the definition spells it).</summary>
    public static readonly IReadOnlyList<(string Value, string Name)> AccessKinds =
        [("anyone", "Kdokoli"), ("registered", "Přihlášený občan"), ("identified", "Občan ověřený přes Identitu občana")];

    public static readonly IReadOnlyList<(PrefillSource Source, FieldType Fits, string Name)> Prefills =
    [
        (PrefillSource.IdentityName, FieldType.Text, "Jméno a příjmení z ověřené identity"),
        (PrefillSource.IdentityGivenName, FieldType.Text, "Jméno z ověřené identity"),
        (PrefillSource.IdentityFamilyName, FieldType.Text, "Příjmení z ověřené identity"),
        (PrefillSource.IdentityDateOfBirth, FieldType.Date, "Datum narození z ověřené identity"),
        (PrefillSource.IdentityAddress, FieldType.Address, "Adresa trvalého pobytu z ověřené identity"),
        (PrefillSource.ProfileEmail, FieldType.Email, "E-mail z profilu (lze přepsat)"),
        (PrefillSource.ProfilePhone, FieldType.Phone, "Telefon z profilu (lze přepsat)"),
    ];

    public static readonly IReadOnlyList<(ValueFormat Format, string Name)> Formats =
    [
        (ValueFormat.Number, "Číslo"),
        (ValueFormat.Amount, "Částka v Kč"),
        (ValueFormat.Date, "Datum"),
        (ValueFormat.Text, "Text"),
    ];

    /// <summary>The comparisons a simple "show when" offers: its value in the form, its Czech words.</summary>
    public static readonly IReadOnlyList<(string Value, string Name)> Operators =
    [
        ("equals", "je rovno"),
        ("not-equals", "není rovno"),
        ("filled", "je vyplněno"),
        ("greater", "je větší než"),
        ("less", "je menší než"),
    ];

    /// <summary>File types an upload may allow, checked by their bytes.</summary>
    public static readonly IReadOnlyList<(string ContentType, string Name)> FileTypes =
    [
        ("application/pdf", "PDF"),
        ("image/png", "PNG"),
        ("image/jpeg", "JPEG"),
    ];

    public static string Name(this FieldType type) => FieldTypes.First(t => t.Type == type).Name;

    /// <summary>A field as the outline and the buttons name it: its label, shortened.</summary>
    public static string Abbreviate(string text) => text.Length <= 60 ? text : text[..57].TrimEnd() + "…";

    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
