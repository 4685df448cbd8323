using Pelhrimov.Forms.Engine.Fields;

namespace Pelhrimov.Forms.Definitions;

/// <summary>The rules of one field's own settings: choices, limits, files, calculations and pre-fill that fit its type.</summary>
internal static class FieldChecks
{
    public static void Check(FormField field, string path, Action<string, string> problem)
    {
        var type = field.Type;
        if (type is FieldType.Choice or FieldType.MultiChoice)
        {
            if (field.Choices.Count == 0)
            {
                problem(path + ".choices", "Pole s výběrem potřebuje alespoň jednu možnost.");
            }
            foreach (var duplicate in field.Choices.GroupBy(c => c.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                problem(path + ".choices", $"Hodnota možnosti „{duplicate.Key}“ je uvedena vícekrát.");
            }
        }
        else if (field.Choices.Count > 0)
        {
            problem(path + ".choices", "Možnosti patří jen k polím choice a multi-choice.");
        }
        if (field.Min is { } min && field.Max is { } max && min > max)
        {
            problem(path + ".min", "Nejmenší hodnota (min) je větší než největší (max).");
        }
        if ((field.Min is not null || field.Max is not null || field.Decimals is not null) && type is not (FieldType.Number or FieldType.Amount))
        {
            problem(path, "Meze min, max a decimals patří jen k polím number a amount.");
        }
        if (field.MaxLength is not null && type is not (FieldType.Text or FieldType.LongText))
        {
            problem(path + ".maxLength", "Délka maxLength patří jen k polím text a long-text.");
        }
        CheckDates(field, path, problem);
        CheckFile(field, path, problem);
        if ((type == FieldType.Computed) != (field.Expression is not null))
        {
            problem(path + ".expression", type == FieldType.Computed ? "Vypočtené pole potřebuje výpočet (expression)." : "Výpočet (expression) patří jen k poli computed.");
        }
        if (type == FieldType.Computed && field.Required)
        {
            problem(path + ".required", "Vypočtené pole nemůže být povinné – vyplňuje ho formulář sám.");
        }
        if (field.Prefill is { } prefill && !Fits(prefill, type))
        {
            problem(path + ".prefill", "Předvyplnění neodpovídá druhu pole (jméno do textu, datum narození do data, adresa do adresy, e-mail do e-mailu, telefon do telefonu).");
        }
    }

    private static void CheckDates(FormField field, string path, Action<string, string> problem)
    {
        foreach (var (limit, name) in new[] { (field.MinDate, "minDate"), (field.MaxDate, "maxDate") })
        {
            if (limit is null)
            {
                continue;
            }
            if (field.Type != FieldType.Date)
            {
                problem(path + "." + name, "Meze data patří jen k polím date.");
            }
            else if (!DateLimit.IsValid(limit))
            {
                problem(path + "." + name, "Mez data zapište jako 2026-01-01, today, today-18y, today+30d nebo today-6m.");
            }
        }
        var today = new DateOnly(2026, 1, 1);
        if (field.MinDate is { } a && field.MaxDate is { } b && DateLimit.Resolve(a, today) is { } from && DateLimit.Resolve(b, today) is { } to && from > to)
        {
            problem(path + ".minDate", "Nejdřívější datum (minDate) je pozdější než nejpozdější (maxDate).");
        }
    }

    private static void CheckFile(FormField field, string path, Action<string, string> problem)
    {
        if (field.Type != FieldType.File)
        {
            if (field.Accept.Count > 0 || field.MaxBytes is not null)
            {
                problem(path, "Nastavení accept a maxBytes patří jen k polím file.");
            }
            return;
        }
        if (field.MaxBytes is { } bytes && (bytes < 1 || bytes > FileInput.HardMaxBytes))
        {
            problem(path + ".maxBytes", "Největší soubor může mít nejvýše 20 MB (20971520 bajtů).");
        }
        if (field.Accept.Distinct(StringComparer.Ordinal).Count() != field.Accept.Count)
        {
            problem(path + ".accept", "Druh souboru je v seznamu accept uveden vícekrát.");
        }
        foreach (var type in field.Accept.Where(t => !FileInput.KnownTypes.Contains(t)))
        {
            problem(path + ".accept", $"Druh souboru „{type}“ neumíme ověřit; povolené jsou application/pdf, image/png a image/jpeg.");
        }
    }

    private static bool Fits(PrefillSource source, FieldType type) => source switch
    {
        PrefillSource.IdentityName or PrefillSource.IdentityGivenName or PrefillSource.IdentityFamilyName => type == FieldType.Text,
        PrefillSource.IdentityDateOfBirth => type == FieldType.Date,
        PrefillSource.IdentityAddress => type == FieldType.Address,
        PrefillSource.ProfileEmail => type == FieldType.Email,
        PrefillSource.ProfilePhone => type == FieldType.Phone,
        _ => false,
    };
}
