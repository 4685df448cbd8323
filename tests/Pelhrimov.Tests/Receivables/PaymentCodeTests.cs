using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Tests.Receivables;

/// <summary>The payment code itself: what it is made of and what typing it may get wrong.</summary>
public sealed class PaymentCodeTests
{
    [Fact]
    public void New_codes_are_eight_characters_without_look_alikes_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 20_000).Select(_ => PaymentCode.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$", c));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        // Every character of the alphabet is used, none more than chance allows (160 000 draws, 31 characters).
        var counts = codes.SelectMany(c => c).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(PaymentCode.Alphabet.Length, counts.Count);
        Assert.All(counts.Values, n => Assert.InRange(n, 4_500, 5_800));
    }

    [Theory]
    [InlineData("ABCD-EFGH", "ABCDEFGH")]
    [InlineData("abcd-efgh", "ABCDEFGH")]
    [InlineData(" ab cd efgh ", "ABCDEFGH")]
    [InlineData("2345\u00A06789", "23456789")]
    [InlineData("ABCD-EFG", null)]
    [InlineData("ABCD-EFGHJ", null)]
    [InlineData("ABCD-EFG0", null)]
    [InlineData("ABCD-EFGO", null)]
    [InlineData("ABCD-EFGI", null)]
    [InlineData("ABCD-EFGL", null)]
    [InlineData("ÁBCD-EFGH", null)]
    [InlineData("", null)]
    public void Typed_codes_ignore_case_spaces_and_dashes_and_nothing_else(string typed, string? expected) =>
        Assert.Equal(expected, PaymentCode.Normalize(typed));

    [Fact]
    public void The_printed_form_has_a_dash_in_the_middle() =>
        Assert.Equal("ABCD-EFGH", PaymentCode.Format("ABCDEFGH"));
}
