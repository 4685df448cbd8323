using Pelhrimov.Forms.Engine;

namespace Pelhrimov.Tests.Forms.Engine;

public sealed class FormEngineBasicsTests
{
    [Fact]
    public void A_valid_step_is_stored_normalised()
    {
        var form = SampleForms.Dog();
        var outcome = Posts.Apply(form, "drzitel",
            ("jmeno", "Eva Malá"), ("narozeni", "3. 4. 1980"), ("adresa.ulice", "Nádražní"), ("adresa.cislo", "12"),
            ("adresa.obec", "Pelhřimov"), ("adresa.psc", "393 01"), ("telefon", "+420 777 123 456"), ("duchodce", "ne"));

        Assert.True(outcome.IsValid, string.Join("; ", outcome.Errors.Select(e => e.InputName + " " + e.Message)));
        Assert.Equal("1980-04-03", outcome.Answers.Fields["narozeni"].Text);
        Assert.Equal("+420777123456", outcome.Answers.Fields["telefon"].Text);
        Assert.Equal("39301", outcome.Answers.Fields["adresa"].Address!.PostCode);
        Assert.False(outcome.Answers.Fields.ContainsKey("duchod-od"));
    }

    [Fact]
    public void A_required_field_left_empty_gets_the_editors_or_the_standard_message()
    {
        var form = SampleForms.Dog();
        var outcome = Posts.Apply(form, "drzitel", ("jmeno", "Eva Malá"), ("duchodce", "ano"));

        Assert.Contains(outcome.Errors, e => e.InputName == "narozeni" && e.Message == "Zadejte datum: Datum narození");
        Assert.Contains(outcome.Errors, e => e.InputName == "duchod-od");
        Assert.Contains(outcome.Errors, e => e.InputName == "adresa.obec");
        var dogs = Posts.Apply(form, "psi", ("pes[0].cip", "203098100123456"));
        Assert.Contains(dogs.Errors, e => e.InputName == "pes[0].jmeno-psa" && e.Message == "Zadejte jméno psa");
    }

    [Fact]
    public void The_dog_fee_counts_dogs_the_senior_discount_and_the_part_of_the_year()
    {
        var form = SampleForms.Dog();
        var answers = new FormAnswers();
        answers.Fields["duchodce"] = AnswerValue.Of("ne");
        answers.Fields["drzeni-od"] = AnswerValue.Of("2026-07-10");
        answers.Groups["pes"] = [new(), new()];

        // (1500 + 1 × 2250) × 6 months (July to December) / 12
        Assert.Equal(1875m, Posts.Engine.Compute(form, answers, SampleForms.Anonymous())["poplatek"]);

        answers.Fields["duchodce"] = AnswerValue.Of("ano");
        answers.Fields["duchod-od"] = AnswerValue.Of("2020-01-01");
        Assert.Equal(250m, Posts.Engine.Compute(form, answers, SampleForms.Anonymous())["poplatek"]);
    }

    [Fact]
    public void Answers_are_stored_as_json_and_read_back_equal()
    {
        var answers = Posts.Engine.Start(SampleForms.Dog(), SampleForms.JanNovak());
        answers.Fields["vyber"] = new AnswerValue { Values = ["a", "b"] };
        answers.Groups["pes"][0]["vakcinace"] = new AnswerValue { File = new FileValue(Guid.NewGuid(), "očkování.pdf", "application/pdf", 1200, "ab12") };

        var json = AnswersJson.Write(answers);
        var again = AnswersJson.Read(json)!;

        Assert.Contains("Novák", json);
        Assert.Equal(json, AnswersJson.Write(again));
        Assert.True(AnswerCopy.SameValue(answers.Fields["vyber"], again.Fields["vyber"]));
        Assert.Null(AnswersJson.Read("{\"fields\": {\"a\": null}}"));
        Assert.Null(AnswersJson.Read("nesmysl"));
    }
}
