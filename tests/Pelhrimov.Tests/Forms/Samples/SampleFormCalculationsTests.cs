using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;

namespace Pelhrimov.Tests.Forms.Samples;

/// <summary>The fees the sample forms compute, at the rates their life situations publish (docs/forms-receipts.md).</summary>
public sealed class SampleFormCalculationsTests
{
    private static readonly FillContext Visitor = new(null, null, null, null, new DateOnly(2026, 11, 29));
    private readonly FormEngine engine = new();

    [Theory]
    [InlineData("mesto", "ne", 1, "2026-01-10", 600)]
    [InlineData("mesto", "ne", 2, "2026-06-01", 875)]        // (600 + 900) × 7/12
    [InlineData("mesto", "ano", 2, "2026-06-01", 292)]       // pensioner: (200 + 300) × 7/12, rounded
    [InlineData("mistni-cast", "ne", 3, "2026-12-01", 67)]   // local part: (200 + 2 × 300) × 1/12, rounded
    public void The_dog_fee_follows_the_number_of_dogs_the_reduced_rate_and_the_months_left(
        string housing, string pensioner, int dogs, string since, decimal fee)
    {
        var answers = new FormAnswers();
        answers.Fields["bydleni"] = AnswerValue.Of(housing);
        answers.Fields["duchodce"] = AnswerValue.Of(pensioner);
        answers.Fields["drzeni-od"] = AnswerValue.Of(since);
        answers.Groups["psi"] = [.. Enumerable.Range(0, dogs).Select(_ => new Dictionary<string, AnswerValue>(StringComparer.Ordinal))];

        Assert.Equal(fee, engine.Compute(Sample("ohlaseni-psa"), answers, Visitor)["poplatek"]);
    }

    [Theory]
    [InlineData("ne", 0, "2026-01-01", 850)]
    [InlineData("ano", 2, "2026-07-15", 1275)] // 3 persons × 850 × 6/12
    public void The_waste_fee_counts_every_person_for_the_months_left(string others, int persons, string since, decimal fee)
    {
        var answers = new FormAnswers();
        answers.Fields["za-dalsi"] = AnswerValue.Of(others);
        answers.Fields["povinnost-od"] = AnswerValue.Of(since);
        answers.Groups["osoby"] = [.. Enumerable.Range(0, persons).Select(_ => new Dictionary<string, AnswerValue>(StringComparer.Ordinal))];

        Assert.Equal(fee, engine.Compute(Sample("prihlaska-poplatek-odpad"), answers, Visitor)["poplatek-odpad"]);
    }

    [Theory]
    [InlineData("stavba", "12", "30", 3600)]
    [InlineData("predzahradka", "20.5", "10", 1025)]
    [InlineData("prodej", "4", "3", 600)]
    public void The_public_space_fee_is_area_times_days_times_the_rate_of_the_purpose(string purpose, string area, string days, decimal fee)
    {
        var answers = new FormAnswers();
        answers.Fields["ucel"] = AnswerValue.Of(purpose);
        answers.Fields["plocha"] = AnswerValue.Of(area);
        answers.Fields["pocet-dni"] = AnswerValue.Of(days);

        Assert.Equal(fee, engine.Compute(Sample("zabor-verejneho-prostranstvi"), answers, Visitor)["odhad-poplatku"]);
    }

    [Theory]
    [InlineData("80000", "60000", 15000)]
    [InlineData("120000", "110000", 10000)]
    public void The_boiler_subsidy_is_15000_at_most_and_never_more_than_the_costs_left(string costs, string regionGrant, decimal subsidy)
    {
        var answers = new FormAnswers();
        answers.Fields["naklady"] = AnswerValue.Of(costs);
        answers.Fields["dotace-kraj"] = AnswerValue.Of(regionGrant);

        Assert.Equal(subsidy, engine.Compute(Sample("kotlikova-dotace"), answers, Visitor)["prispevek"]);
    }

    private static FormDefinition Sample(string slug) => SampleFiles.Form(slug);
}
