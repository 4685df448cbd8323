using Pelhrimov.Core.Validation;

namespace Pelhrimov.Tests.Core.Validation;

/// <summary>The worked examples of reference/czech-formats.md §2.</summary>
public sealed class IcoTests
{
    [Theory]
    [InlineData("00248801", "00248801")]
    [InlineData("00064581", "00064581")]
    [InlineData("45317054", "45317054")]
    [InlineData("27082440", "27082440")]
    [InlineData("1859951", "01859951")]
    [InlineData("002 488 01", "00248801")]
    public void Valid_numbers_are_accepted_and_padded_to_eight_digits(string input, string expected) =>
        Assert.Equal(expected, Ico.Normalize(input));

    [Theory]
    [InlineData("00248802")]
    [InlineData("12345678")]
    [InlineData("0024880A")]
    [InlineData("")]
    [InlineData("123456789")]
    public void Invalid_numbers_are_refused(string input) => Assert.Null(Ico.Normalize(input));
}
