using Pelhrimov.Forms.Engine;

namespace Pelhrimov.Tests.Forms.Engine;

/// <summary>The server is the authority: forged posts, tampered values and stale answers change nothing they should not.</summary>
public sealed class FormEngineSecurityTests
{
    private static readonly (string, string)[] Holder =
    [
        ("jmeno", "Eva Malá"), ("narozeni", "3. 4. 1980"), ("adresa.cislo", "12"), ("adresa.obec", "Pelhřimov"), ("adresa.psc", "39301"),
        ("duchodce", "ne"),
    ];

    [Fact]
    public void A_hidden_fields_posted_value_is_ignored()
    {
        var outcome = Posts.Apply(SampleForms.Dog(), "drzitel", [.. Holder, ("duchod-od", "1. 1. 2020")]);

        Assert.True(outcome.IsValid);
        Assert.False(outcome.Answers.Fields.ContainsKey("duchod-od"));
    }

    [Fact]
    public void A_required_field_hidden_by_its_condition_is_not_required()
    {
        var outcome = Posts.Apply(SampleForms.Dog(), "drzitel", Holder);
        Assert.DoesNotContain(outcome.Errors, e => e.InputName == "duchod-od");
    }

    [Fact]
    public void A_forged_post_cannot_show_a_field_its_condition_hides()
    {
        // Claiming to be a pensioner only in a stray input does not make the date required or stored.
        var outcome = Posts.Apply(SampleForms.Dog(), "drzitel", [.. Holder, ("duchod-od", "1. 1. 2020"), ("showWhen", "true"), ("duchodce-visible", "ano")]);
        Assert.Empty(outcome.Errors);
        Assert.Equal("ne", outcome.Answers.Fields["duchodce"].Text);
        Assert.False(outcome.Answers.Fields.ContainsKey("duchod-od"));
    }

    [Fact]
    public void A_hidden_answer_smuggled_into_stored_answers_fails_validation_and_is_cleaned()
    {
        var form = SampleForms.Dog();
        var answers = Posts.Apply(form, "drzitel", Holder).Answers;
        answers.Fields["duchod-od"] = AnswerValue.Of("2020-01-01");

        Assert.Contains(Posts.Engine.Validate(form, answers, SampleForms.Anonymous()), e => e.InputName == "duchod-od");
        Assert.False(Posts.Engine.Clean(form, answers, SampleForms.Anonymous()).Fields.ContainsKey("duchod-od"));
    }

    [Fact]
    public void A_tampered_choice_value_is_refused_and_not_stored()
    {
        var outcome = Posts.Apply(SampleForms.Dog(), "psi", ("pes[0].jmeno-psa", "Alík"), ("pes[0].cip", "203098100123456"), ("pes[0].plemeno", "obri"));
        Assert.Contains(outcome.Errors, e => e.InputName == "pes[0].plemeno" && e.Message == "Vyberte jednu z nabízených možností");
        Assert.False(outcome.Answers.Groups["pes"][0].ContainsKey("plemeno"));
    }

    [Fact]
    public void Identity_prefill_comes_from_the_verified_identity_never_from_the_post()
    {
        var form = SampleForms.Dog();
        var jan = SampleForms.JanNovak();
        var outcome = Posts.Apply(form, "drzitel", new FormAnswers(), jan,
            ("jmeno", "Podvodník"), ("narozeni", "1. 1. 2000"), ("adresa.obec", "Jinde"), ("adresa.cislo", "1"), ("adresa.psc", "11000"), ("duchodce", "ne"));

        Assert.True(outcome.IsValid);
        Assert.Equal("Jan Novák", outcome.Answers.Fields["jmeno"].Text);
        Assert.Equal("1950-03-14", outcome.Answers.Fields["narozeni"].Text);
        Assert.Equal("Pelhřimov", outcome.Answers.Fields["adresa"].Address!.Town);
        Assert.True(Posts.Engine.IsVerifiedPrefill(form.Steps[0].Sections[0].Fields[0], jan));
        Assert.False(Posts.Engine.IsVerifiedPrefill(form.Steps[0].Sections[0].Fields[0], SampleForms.Anonymous()));
    }

    [Fact]
    public void Stored_answers_that_differ_from_the_verified_identity_fail_validation_and_clean_restores_them()
    {
        var form = SampleForms.Dog();
        var jan = SampleForms.JanNovak();
        var answers = Posts.Engine.Start(form, jan);
        answers.Fields["jmeno"] = AnswerValue.Of("Podvodník");

        Assert.Contains(Posts.Engine.Validate(form, answers, jan), e => e.InputName == "jmeno");
        Assert.Equal("Jan Novák", Posts.Engine.Clean(form, answers, jan).Fields["jmeno"].Text);
    }

    [Fact]
    public void A_fresh_fill_starts_with_the_identity_and_the_editable_profile_values()
    {
        var answers = Posts.Engine.Start(SampleForms.Dog(), SampleForms.JanNovak());

        Assert.Equal("Jan Novák", answers.Fields["jmeno"].Text);
        Assert.Equal("jan.novak@example.cz", answers.Fields["email"].Text);
        Assert.Equal("+420777123456", answers.Fields["telefon"].Text);
        Assert.Single(answers.Groups["pes"]);

        var changed = Posts.Apply(SampleForms.Dog(), "drzitel", answers, SampleForms.JanNovak(), ("email", "jiny@example.cz"), ("duchodce", "ne"));
        Assert.Equal("jiny@example.cz", changed.Answers.Fields["email"].Text);
    }

    [Fact]
    public void Stored_values_that_were_never_normalised_fail_validation()
    {
        var form = SampleForms.Dog();
        var answers = Posts.Apply(form, "drzitel", Holder).Answers;
        answers.Fields["telefon"] = AnswerValue.Of("777 123 456");
        answers.Fields["neznama"] = AnswerValue.Of("x");

        var errors = Posts.Engine.Validate(form, answers, SampleForms.Anonymous());
        Assert.Contains(errors, e => e.InputName == "telefon");
        Assert.Contains(errors, e => e.InputName == "neznama");
    }

    [Fact]
    public void Complete_answers_validate_and_missing_required_ones_are_reported_by_step()
    {
        var form = SampleForms.Dog();
        var answers = Posts.Apply(form, "drzitel", Holder).Answers;
        Assert.Contains(Posts.Engine.Validate(form, answers, SampleForms.Anonymous()), e => e.StepId == "psi" && e.InputName == "pes");
        answers.Groups["pes"] = [new()];
        Assert.Contains(Posts.Engine.Validate(form, answers, SampleForms.Anonymous()), e => e.StepId == "psi" && e.InputName == "pes[0].jmeno-psa");

        answers = Posts.Apply(form, "psi", answers, SampleForms.Anonymous(),
            ("pes[0].jmeno-psa", "Alík"), ("pes[0].cip", "203098100123456"), ("pes[0].plemeno", "maly"), ("drzeni-od", "1. 3. 2026")).Answers;
        Assert.Empty(Posts.Engine.Validate(form, answers, SampleForms.Anonymous()));
    }
}
