using System.Globalization;
using AngleSharp.Dom;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Tests.Forms.Samples;

/// <summary>
/// Valid answers for whatever a step page asks, chosen from the field's definition (its type and limits) and the page
/// (its choices), as a careful citizen would type them. When the server refuses an answer, the next attempt tries
/// another candidate for that input only.
/// </summary>
internal sealed class StepAnswers(FormDefinition form)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private readonly Dictionary<string, FormField> _fields = form.Steps.SelectMany(s => s.Sections).SelectMany(s => s.Fields)
        .ToDictionary(f => f.Id, StringComparer.Ordinal);

    private readonly Dictionary<string, int> _attempts = new(StringComparer.Ordinal);

    /// <summary>Tries another candidate for each input the page marked as wrong; false when one ran out of them.</summary>
    public bool Retry(IEnumerable<string> inputNames)
    {
        foreach (var name in inputNames)
        {
            _attempts[name] = _attempts.GetValueOrDefault(name) + 1;
            if (_attempts[name] > 3)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The answers (and files) for every input of the step's form that is not hidden.</summary>
    public (Dictionary<string, string?> Values, List<FormFile> Files) For(IElement stepForm)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var files = new List<FormFile>();
        foreach (var input in stepForm.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (values.ContainsKey(name) || input.Closest("[hidden]") is not null
                || input.GetAttribute("type") is "hidden" or "submit" || FieldOf(name) is not { } field)
            {
                continue;
            }
            var attempt = _attempts.GetValueOrDefault(name);
            if (field.Type == FieldType.File)
            {
                var pdf = field.Accept.Count == 0 || field.Accept.Contains("application/pdf");
                files.Add(pdf ? new FormFile(name, "priloha.pdf", Pdf, "application/pdf") : new FormFile(name, "foto.png", Png, "image/png"));
                continue;
            }
            values[name] = input.GetAttribute("type") is "radio" or "checkbox" || input.LocalName == "select"
                ? Choice(stepForm, name, attempt)
                : Typed(field, name, attempt);
        }
        return (values, files);
    }

    /// <summary>The field of an input: <c>jmeno</c>, <c>pes[1].jmeno-psa</c>, <c>adresa.psc</c>.</summary>
    private FormField? FieldOf(string name)
    {
        var local = name.Contains(']', StringComparison.Ordinal) ? name[(name.IndexOf(']', StringComparison.Ordinal) + 2)..] : name;
        return _fields.GetValueOrDefault(local.Split('.')[0]);
    }

    private static string? Choice(IElement stepForm, string name, int attempt)
    {
        var options = stepForm.QuerySelectorAll($"[name='{name}']")
            .SelectMany(e => e.LocalName == "select" ? e.QuerySelectorAll("option").Select(o => o.GetAttribute("value")) : [e.GetAttribute("value")])
            .Where(v => !string.IsNullOrEmpty(v)).ToList();
        return options.Count == 0 ? null : options[attempt % options.Count];
    }

    private static string Typed(FormField field, string name, int attempt)
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        return field.Type switch
        {
            FieldType.Address => name.Split('.')[^1] switch
            {
                "ulice" => "Masarykovo náměstí",
                "cislo" => "1",
                "obec" => "Pelhřimov",
                _ => "393 01",
            },
            FieldType.Number or FieldType.Amount => Number(field, attempt),
            FieldType.Date => Date(field, today, attempt).ToString("d.M.yyyy", CultureInfo.InvariantCulture),
            FieldType.Email => "obcan@example.cz",
            FieldType.Phone => "777 123 456",
            FieldType.BirthNumber => "850723/1238",
            FieldType.Ico => "00248801",
            FieldType.BankAccount => "19-2000145399/0800",
            FieldType.Microchip => "203098100123456",
            FieldType.IdCardNumber => "123456789",
            FieldType.LongText => "Žádám o vyřízení podle údajů výše. Děkuji.",
            _ => attempt == 0 ? "Zkušební údaj" : "Novák",
        };
    }

    private static string Number(FormField field, int attempt)
    {
        var low = field.Min ?? (field.Type == FieldType.Amount ? 1000 : 1);
        var value = attempt switch
        {
            0 => low,
            1 => field.Max is { } max ? Math.Floor((low + max) / 2) : low + 1,
            _ => field.Max ?? low + 10,
        };
        return (field.Max is { } top ? Math.Min(value, top) : value).ToString(CultureInfo.GetCultureInfo("cs-CZ"));
    }

    /// <summary>Just inside the field's limits (<c>today</c>, <c>today+30d</c>, <c>today-6y</c>…), else today.</summary>
    private static DateOnly Date(FormField field, DateOnly today, int attempt)
    {
        var min = Limit(field.MinDate, today);
        var max = Limit(field.MaxDate, today);
        return attempt switch
        {
            0 when min is { } a => a.AddDays(1),
            0 when max is { } b => b.AddDays(-1),
            1 => today.AddYears(-30),
            2 => today.AddDays(30),
            _ => today,
        };
    }

    private static DateOnly? Limit(string? limit, DateOnly today)
    {
        if (limit is null)
        {
            return null;
        }
        if (!limit.StartsWith("today", StringComparison.Ordinal))
        {
            return DateOnly.ParseExact(limit, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (limit.Length == 5)
        {
            return today;
        }
        var amount = int.Parse(limit[5..^1], CultureInfo.InvariantCulture);
        return limit[^1] switch
        {
            'd' => today.AddDays(amount),
            'm' => today.AddMonths(amount),
            _ => today.AddYears(amount),
        };
    }
}
