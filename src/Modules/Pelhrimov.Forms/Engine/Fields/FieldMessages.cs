using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Engine.Fields;

/// <summary>
/// The standard Czech error texts, in one voice (GOV.UK style: say what to do, give an example); the editor's own
/// texts in <see cref="FormField.Errors"/> take precedence.
/// </summary>
public static class FieldMessages
{
    public static string Required(FormField field) => field.Errors.Required ?? field.Type switch
    {
        FieldType.Choice or FieldType.YesNo => $"Vyberte odpověď: {field.Label}",
        FieldType.MultiChoice => $"Vyberte alespoň jednu možnost: {field.Label}",
        FieldType.Date => $"Zadejte datum: {field.Label}",
        FieldType.File => $"Nahrajte soubor: {field.Label}",
        FieldType.Address => $"Zadejte adresu: {field.Label}",
        FieldType.Info or FieldType.Computed => $"Chybí hodnota: {field.Label}",
        _ => $"Vyplňte: {field.Label}",
    };

    public static string Invalid(FormField field) => field.Errors.Invalid ?? field.Type switch
    {
        FieldType.Number when (field.Decimals ?? 0) > 0 => "Zadejte číslo, například 12 nebo 12,5",
        FieldType.Number => "Zadejte celé číslo, například 12",
        FieldType.Amount => "Zadejte částku v korunách, například 1 500 nebo 1 500,50",
        FieldType.Date => "Zadejte skutečné datum ve tvaru den. měsíc. rok, například 29. 11. 2026",
        FieldType.Email => "Zadejte e-mailovou adresu ve správném tvaru, například jan.novak@example.cz",
        FieldType.Phone => "Zadejte telefonní číslo, například 777 123 456 nebo +420 777 123 456",
        FieldType.Choice or FieldType.MultiChoice or FieldType.YesNo => "Vyberte jednu z nabízených možností",
        FieldType.BirthNumber => "Rodné číslo není platné – zkontrolujte, zda jste ho opsali správně",
        FieldType.Ico => "IČO není platné – má 8 číslic, zkontrolujte, zda jste ho opsali správně",
        FieldType.BankAccount => "Zadejte číslo účtu ve tvaru předčíslí-číslo/kód banky, například 19-2000145399/0800",
        FieldType.Microchip => "Číslo čipu má 15 číslic a začíná kódem země (203 pro Česko) nebo výrobce – zkontrolujte, zda jste ho opsali správně",
        FieldType.IdCardNumber => "Číslo občanského průkazu má 9 číslic (starší průkazy 2 písmena a 6 číslic) – zkontrolujte, zda jste ho opsali správně",
        FieldType.File => "Soubor musí být PDF, PNG nebo JPEG",
        FieldType.Address => "Zadejte adresu: obec, číslo domu a PSČ",
        _ => "Zadejte platnou hodnotu",
    };

    /// <summary>The editor's range text, or the given standard one.</summary>
    public static string Range(FormField field, string standard) => field.Errors.Range ?? standard;

    /// <summary>The editor's invalid text, or the given specific standard one.</summary>
    public static string Invalid(FormField field, string standard) => field.Errors.Invalid ?? standard;
}
