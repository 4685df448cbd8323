using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Pelhrimov.Core.Validation;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;
using Pelhrimov.Forms.Engine.Fields;

namespace Pelhrimov.Tests.Forms.Engine;

/// <summary>Properties over generated inputs (FsCheck): valid identifiers pass, normalising is idempotent, nothing throws.</summary>
public sealed class PropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);

    /// <summary>A valid 10-digit rodné číslo: a real date from 1954 on, either sex, either series, check digit by mod 11.</summary>
    private static readonly Gen<(string Number, DateOnly Birth)> BirthNumbers =
        from days in Gen.Choose(0, (new DateOnly(2026, 12, 31).DayNumber - new DateOnly(1954, 1, 1).DayNumber))
        from offset in Gen.Elements(0, 20, 50, 70)
        from serial in Gen.Choose(0, 999)
        let birth = new DateOnly(1954, 1, 1).AddDays(days)
        let nine = $"{birth.Year % 100:00}{birth.Month + offset:00}{birth.Day:00}{serial:000}"
        let remainder = long.Parse(nine, CultureInfo.InvariantCulture) % 11
        where remainder != 10
        select ($"{nine}{remainder}", birth);

    [Fact]
    public void Generated_valid_birth_numbers_are_accepted_with_their_date() =>
        Check.One(Runs, Prop.ForAll(BirthNumbers.ToArbitrary(), generated =>
            BirthNumber.TryParse(generated.Number[..6] + "/" + generated.Number[6..], out var digits, out var birth)
            && digits == generated.Number && birth == generated.Birth));

    /// <summary>Numbers of people born after 1985, where no remainder-10 exception can make a changed number valid again.</summary>
    [Fact]
    public void A_birth_number_with_one_digit_changed_is_refused() =>
        Check.One(Runs, Prop.ForAll(BirthNumbers.Where(g => g.Birth.Year > 1985).ToArbitrary(), Gen.Choose(6, 9).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (generated, position, change) =>
        {
            var digits = generated.Number.ToCharArray();
            digits[position] = (char)('0' + (digits[position] - '0' + change) % 10);
            return BirthNumber.Normalize(new string(digits)) is null;
        }));

    private static readonly FieldType[] TextTypes =
    [
        FieldType.Text, FieldType.LongText, FieldType.Number, FieldType.Amount, FieldType.Date, FieldType.Email, FieldType.Phone,
        FieldType.BirthNumber, FieldType.Ico, FieldType.BankAccount, FieldType.Microchip, FieldType.IdCardNumber, FieldType.YesNo,
    ];

    private static readonly Gen<string> Typed = Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
        Gen.Elements("1 500,50", "29. 11. 2026", "+420 777 123 456", "850723/1238", "00248801", "19-2000145399/0800", "203098100123456",
            "123456789", "jan@example.cz", "ano", " 0,5 ", "-12", "2026-02-29", "1.500,00 Kč"));

    [Fact]
    public void Normalising_an_accepted_value_again_gives_the_same_value() =>
        Check.One(Runs, Prop.ForAll(Gen.Elements(TextTypes).ToArbitrary(), Typed.ToArbitrary(), (type, text) =>
        {
            var field = new FormField { Id = "p", Label = "P", Type = type, Decimals = 4 };
            var first = FieldParser.Parse(field, "p", Posts.Of(("p", text)), SampleForms.Today);
            if (first.Value?.Text is not { } normalized)
            {
                return true;
            }
            var second = FieldParser.Parse(field, "p", Posts.Of(("p", normalized)), SampleForms.Today);
            return second.Value?.Text == normalized;
        }));

    [Fact]
    public void Display_never_throws_on_any_stored_text() =>
        Check.One(Runs, Prop.ForAll(Gen.Elements(Enum.GetValues<FieldType>()).ToArbitrary(), ArbMap.Default.ArbFor<string>(), (type, text) =>
        {
            var field = new FormField { Id = "p", Label = "P", Type = type, Format = ValueFormat.Amount };
            _ = Posts.Engine.Display(field, text is null ? null : AnswerValue.Of(text));
            _ = Posts.Engine.Display(field, new AnswerValue { Values = [text ?? ""] });
            return true;
        }));

    [Fact]
    public void Read_never_throws_on_arbitrary_strings() =>
        Check.One(Runs, Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => FormDefinitionReader.Read(text ?? "").Problems.Count > 0));

    [Fact]
    public void Read_never_throws_on_a_definition_with_a_value_replaced()
    {
        var paths = Paths(JsonNode.Parse(SampleForms.DogRegistration)!, "").ToArray();
        var values = Gen.Elements<JsonNode?>(null, 0, -1, 1e30, "", "x", "today-99999y", true, new JsonArray(), new JsonObject(), "pes[0]", "count(", "jmeno");
        Check.One(Runs, Prop.ForAll(Gen.Elements(paths).ToArbitrary(), values.ToArbitrary(), (path, value) =>
        {
            var node = JsonNode.Parse(SampleForms.DogRegistration)!;
            Replace(node, path, value?.DeepClone());
            var result = FormDefinitionReader.Read(node.ToJsonString());
            return result.IsValid || result.Problems.Count > 0;
        }));
    }

    private static IEnumerable<string> Paths(JsonNode node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => Paths(p.Value!, path + "/" + p.Key).Prepend(path + "/" + p.Key)),
        JsonArray a => a.SelectMany((item, i) => Paths(item!, path + "/" + i).Prepend(path + "/" + i)),
        _ => [],
    };

    private static void Replace(JsonNode root, string path, JsonNode? value)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = parts[..^1].Aggregate(root, (n, p) => n is JsonArray a ? a[int.Parse(p, CultureInfo.InvariantCulture)]! : n[p]!);
        if (parent is JsonArray array)
        {
            array[int.Parse(parts[^1], CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[parts[^1]] = value;
        }
    }
}
