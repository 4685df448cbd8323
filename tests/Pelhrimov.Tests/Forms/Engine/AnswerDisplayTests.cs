using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;

namespace Pelhrimov.Tests.Forms.Engine;

/// <summary>Answers shown in Czech (check-your-answers, admin, PDF, e-mail).</summary>
public sealed class AnswerDisplayTests
{
    private static string Show(FieldType type, AnswerValue? value, Action<FormField>? setup = null)
    {
        var field = new FormField { Id = "p", Label = "P", Type = type };
        setup?.Invoke(field);
        return Posts.Engine.Display(field, value);
    }

    [Fact]
    public void Values_are_shown_the_czech_way()
    {
        Assert.Equal("29.\u00A011.\u00A02026", Show(FieldType.Date, AnswerValue.Of("2026-11-29")));
        Assert.Equal("1\u00A0500\u00A0Kč", Show(FieldType.Amount, AnswerValue.Of("1500")));
        Assert.Equal("1\u00A0500,50\u00A0Kč", Show(FieldType.Amount, AnswerValue.Of("1500.5")));
        Assert.Equal("12,5", Show(FieldType.Number, AnswerValue.Of("12.5")));
        Assert.Equal("Ano", Show(FieldType.YesNo, AnswerValue.Of("ano")));
        Assert.Equal("Ne", Show(FieldType.YesNo, AnswerValue.Of("ne")));
        Assert.Equal("+420 777 123 456", Show(FieldType.Phone, AnswerValue.Of("+420777123456")));
        Assert.Equal("850723/1238", Show(FieldType.BirthNumber, AnswerValue.Of("8507231238")));
        Assert.Equal("203 098 100 123 456", Show(FieldType.Microchip, AnswerValue.Of("203098100123456")));
        Assert.Equal("", Show(FieldType.Text, null));
    }

    [Fact]
    public void Choices_show_their_labels()
    {
        void Choices(FormField f) => f.Choices = [new FieldChoice { Value = "maly", Label = "Malý pes" }, new FieldChoice { Value = "velky", Label = "Velký pes" }];
        Assert.Equal("Velký pes", Show(FieldType.Choice, AnswerValue.Of("velky"), Choices));
        Assert.Equal("Malý pes, Velký pes", Show(FieldType.MultiChoice, new AnswerValue { Values = ["maly", "velky"] }, Choices));
    }

    [Fact]
    public void An_address_is_one_line_and_a_file_has_its_size()
    {
        Assert.Equal("Masarykovo náměstí 1, 393\u00A001 Pelhřimov",
            Show(FieldType.Address, new AnswerValue { Address = new AddressValue("Masarykovo náměstí", "1", "Pelhřimov", "39301") }));
        Assert.Equal("Vysoká Lhota 12, 394\u00A003 Vysoká Lhota",
            Show(FieldType.Address, new AnswerValue { Address = new AddressValue("", "12", "Vysoká Lhota", "39403") }));
        Assert.Equal("ockovani.pdf (1,5\u00A0MB)",
            Show(FieldType.File, new AnswerValue { File = new FileValue(Guid.NewGuid(), "ockovani.pdf", "application/pdf", 1024 * 1536, "ab") }));
    }

    [Fact]
    public void A_computed_value_is_shown_in_its_format()
    {
        Assert.Equal("1\u00A0875\u00A0Kč", Show(FieldType.Computed, AnswerValue.Of("1875"), f => f.Format = ValueFormat.Amount));
        Assert.Equal("1\u00A0875", Show(FieldType.Computed, AnswerValue.Of("1875")));
    }
}
