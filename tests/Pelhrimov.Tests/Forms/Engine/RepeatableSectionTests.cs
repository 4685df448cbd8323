using Pelhrimov.Forms.Engine;

namespace Pelhrimov.Tests.Forms.Engine;

/// <summary>Adding and removing items of a repeatable section ("Přidat dalšího psa") within its rule, and forged indexes.</summary>
public sealed class RepeatableSectionTests
{
    private static FormAnswers WithDogs(int count)
    {
        var answers = new FormAnswers();
        answers.Groups["pes"] = Enumerable.Range(0, count)
            .Select(i => new Dictionary<string, AnswerValue> { ["jmeno-psa"] = AnswerValue.Of($"Pes {i}") }).ToList();
        return answers;
    }

    [Fact]
    public void Adding_an_item_keeps_the_posted_values_and_asks_to_show_the_step_again()
    {
        var outcome = Posts.Apply(SampleForms.Dog(), "psi", new FormAnswers(), SampleForms.Anonymous(), ("pes[0].jmeno-psa", "Alík"), ("pridat", "pes"));

        Assert.True(outcome.ItemsChanged);
        Assert.Empty(outcome.Errors);
        Assert.Equal(2, outcome.Answers.Groups["pes"].Count);
        Assert.Equal("Alík", outcome.Answers.Groups["pes"][0]["jmeno-psa"].Text);
    }

    [Fact]
    public void Adding_beyond_the_maximum_is_refused_with_a_message()
    {
        var outcome = Posts.Apply(SampleForms.Dog(), "psi", WithDogs(5), SampleForms.Anonymous(), ("pridat", "pes"));

        Assert.False(outcome.ItemsChanged);
        Assert.Contains(outcome.Errors, e => e.InputName == "pridat" && e.Message == "Můžete přidat nejvýše 5 položek.");
        Assert.Equal(5, outcome.Answers.Groups["pes"].Count);
    }

    [Fact]
    public void Removing_an_item_removes_that_one()
    {
        var outcome = Posts.Apply(SampleForms.Dog(), "psi", WithDogs(3), SampleForms.Anonymous(),
            ("pes[0].jmeno-psa", "Pes 0"), ("pes[1].jmeno-psa", "Pes 1"), ("pes[2].jmeno-psa", "Pes 2"), ("odebrat", "pes[1]"));

        Assert.True(outcome.ItemsChanged);
        Assert.Equal(["Pes 0", "Pes 2"], outcome.Answers.Groups["pes"].Select(i => i["jmeno-psa"].Text));
    }

    [Fact]
    public void Removing_below_the_minimum_is_refused()
    {
        var outcome = Posts.Apply(SampleForms.Dog(), "psi", WithDogs(1), SampleForms.Anonymous(), ("odebrat", "pes[0]"));

        Assert.Contains(outcome.Errors, e => e.InputName == "odebrat");
        Assert.Single(outcome.Answers.Groups["pes"]);
    }

    [Theory]
    [InlineData("pes[2].jmeno-psa")]
    [InlineData("pes[9999].jmeno-psa")]
    [InlineData("pes[99999999999999999999].jmeno-psa")]
    public void A_posted_index_beyond_the_items_is_refused_and_changes_nothing(string input)
    {
        var before = WithDogs(2);
        var outcome = Posts.Apply(SampleForms.Dog(), "psi", before, SampleForms.Anonymous(), ("pes[0].jmeno-psa", "Změna"), (input, "Vetřelec"));

        Assert.Single(outcome.Errors);
        Assert.Same(before, outcome.Answers);
        Assert.Equal("Pes 0", before.Groups["pes"][0]["jmeno-psa"].Text);
    }

    [Fact]
    public void Ten_thousand_posted_items_are_refused_and_change_nothing()
    {
        var before = WithDogs(1);
        var inputs = Enumerable.Range(0, 10_000).Select(i => ($"pes[{i}].jmeno-psa", "Pes")).ToArray();
        var outcome = Posts.Apply(SampleForms.Dog(), "psi", before, SampleForms.Anonymous(), inputs);

        Assert.False(outcome.IsValid);
        Assert.Same(before, outcome.Answers);
    }

    [Fact]
    public void Stored_answers_with_more_items_than_the_rule_allows_fail_validation()
    {
        var form = SampleForms.Dog();
        var answers = WithDogs(6);
        Assert.Contains(Posts.Engine.Validate(form, answers, SampleForms.Anonymous()), e => e.InputName == "pes" && e.Message.Contains("od 1 do 5"));
        Assert.Equal(5, Posts.Engine.Clean(form, answers, SampleForms.Anonymous()).Groups["pes"].Count);
    }
}
