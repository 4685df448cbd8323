using Pelhrimov.Core.Formatting;

namespace Pelhrimov.Tests.Core.Formatting;

public sealed class CzechPluralTests
{
    [Theory]
    [InlineData(0, "0\u00A0výsledků")]
    [InlineData(1, "1\u00A0výsledek")]
    [InlineData(2, "2\u00A0výsledky")]
    [InlineData(4, "4\u00A0výsledky")]
    [InlineData(5, "5\u00A0výsledků")]
    [InlineData(21, "21\u00A0výsledků")]
    [InlineData(1500, "1\u00A0500\u00A0výsledků")]
    public void A_count_takes_the_Czech_form_for_one_two_to_four_or_more(long count, string expected)
    {
        Assert.Equal(expected, CzechPlural.Result.Count(count));
    }

    [Fact]
    public void Feminine_words_follow_the_same_three_forms()
    {
        Assert.Equal(["položka", "položky", "položek"], new long[] { 1, 3, 12 }.Select(CzechPlural.Item.For));
    }
}
