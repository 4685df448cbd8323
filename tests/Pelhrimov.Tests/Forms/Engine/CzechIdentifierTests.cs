using Pelhrimov.Core.Validation;

namespace Pelhrimov.Tests.Forms.Engine;

/// <summary>The Czech identifier validators in Core, with the worked examples of docs/forms-definitions.md.</summary>
public sealed class CzechIdentifierTests
{
    [Theory]
    [InlineData("850723/1238", "8507231238", "1985-07-23")]
    [InlineData("016205/4563", "0162054563", "2001-12-05")]
    [InlineData("481115/123", "481115123", "1948-11-15")]
    [InlineData("152314/0003", "1523140003", "2015-03-14")]
    [InlineData("780312/0040", "7803120040", "1978-03-12")]
    [InlineData(" 8507231238 ", "8507231238", "1985-07-23")]
    [InlineData("855723/1232", "8557231232", "1985-07-23")]
    public void A_valid_birth_number_is_accepted_with_or_without_the_slash(string input, string digits, string birth)
    {
        Assert.True(BirthNumber.TryParse(input, out var normalized, out var date));
        Assert.Equal(digits, normalized);
        Assert.Equal(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("850723/1239")] // check digit
    [InlineData("855231/1119")] // 31 February
    [InlineData("540101/123")] // nine digits after 1953
    [InlineData("850723/12381")]
    [InlineData("85072/31238")] // slash in the wrong place
    [InlineData("8507A31238")]
    [InlineData("871312/0006")] // month 13
    [InlineData("480231/123")] // 9 digits with the +20 series
    [InlineData("")]
    public void An_invalid_birth_number_is_refused(string input) => Assert.Null(BirthNumber.Normalize(input));

    [Fact]
    public void The_remainder_ten_exception_holds_only_for_numbers_issued_until_1985()
    {
        Assert.NotNull(BirthNumber.Normalize("780312/0040"));
        // 905101009 mod 11 = 10 with the check digit 0, but born in 1990.
        Assert.Equal(10, 905101009L % 11);
        Assert.Null(BirthNumber.Normalize("905101/0090"));
    }

    [Fact]
    public void A_womans_number_and_the_alternative_series_give_the_right_date()
    {
        Assert.True(BirthNumber.TryParse("016205/4563", out _, out var woman));
        Assert.Equal(new DateOnly(2001, 12, 5), woman);
        // +70 series: 1985-07-23 for a woman when the day's endings ran out: 857723 + serial, check digit by mod 11.
        var nine = 857723123L;
        var number = $"{nine}{nine % 11}";
        Assert.True(BirthNumber.TryParse(number, out _, out var alternative));
        Assert.Equal(new DateOnly(1985, 7, 23), alternative);
        Assert.Equal("857723/1234", BirthNumber.Format(number));
    }

    [Theory]
    [InlineData("00248801", "00248801")]
    [InlineData("00064581", "00064581")]
    [InlineData("45317054", "45317054")]
    [InlineData("27082440", "27082440")]
    [InlineData("1859951", "01859951")]
    public void A_valid_ico_is_accepted_and_padded(string input, string expected) => Assert.Equal(expected, Ico.Normalize(input));

    [Theory]
    [InlineData("00248802")]
    [InlineData("12345678")]
    [InlineData("0024880A")]
    [InlineData("123456789")]
    public void An_invalid_ico_is_refused(string input) => Assert.Null(Ico.Normalize(input));

    [Theory]
    [InlineData("+420 777 123 456", "+420777123456")]
    [InlineData("777123456", "+420777123456")]
    [InlineData("00420 777 123 456", "+420777123456")]
    [InlineData("565 321 111", "+420565321111")]
    [InlineData("+49 30 1234567", "+49301234567")]
    public void A_phone_number_is_stored_in_international_form(string input, string expected) => Assert.Equal(expected, CzechPhone.Normalize(input));

    [Theory]
    [InlineData("12345")]
    [InlineData("077712345")]
    [InlineData("177 123 456")]
    [InlineData("777 123 45a")]
    [InlineData("+420 777 123 4567")]
    public void An_invalid_phone_number_is_refused(string input) => Assert.Null(CzechPhone.Normalize(input));

    [Theory]
    [InlineData("393 01", "39301")]
    [InlineData("39301", "39301")]
    [InlineData("110 00", "11000")]
    public void A_postcode_is_five_digits(string input, string expected) => Assert.Equal(expected, PostCode.Normalize(input));

    [Theory]
    [InlineData("93901")]
    [InlineData("3930")]
    [InlineData("03901")]
    [InlineData("393-01")]
    public void A_postcode_that_is_not_czech_is_refused(string input) => Assert.Null(PostCode.Normalize(input));

    [Theory]
    [InlineData("203098100123456")]
    [InlineData("203 098 100 123 456")]
    [InlineData("985141000123456")]
    [InlineData("900008800012345")]
    [InlineData("276098106123456")]
    public void A_microchip_number_with_a_country_or_manufacturer_code_is_accepted(string input) =>
        Assert.Equal(input.Replace(" ", ""), DogMicrochip.Normalize(input));

    [Theory]
    [InlineData("20309810012345")]
    [InlineData("2030981001234567")]
    [InlineData("999000000012345")]
    [InlineData("000098100123456")]
    [InlineData("20309810012345X")]
    public void An_invalid_microchip_number_is_refused(string input) => Assert.Null(DogMicrochip.Normalize(input));

    [Theory]
    [InlineData("123456789", "123456789")]
    [InlineData("123 456 789", "123456789")]
    public void An_id_card_number_has_nine_digits(string input, string expected) => Assert.Equal(expected, IdCardNumber.Normalize(input));

    [Theory]
    [InlineData("12345678")]
    [InlineData("1234567890")]
    [InlineData("AB1234567")]
    public void Another_id_card_number_is_refused(string input) => Assert.Null(IdCardNumber.Normalize(input));

    [Theory]
    [InlineData("jan.novak@example.cz", "jan.novak@example.cz")]
    [InlineData(" Jan.Novak@Example.CZ ", "Jan.Novak@example.cz")]
    [InlineData("podatelna@mesto-pelhrimov.cz", "podatelna@mesto-pelhrimov.cz")]
    public void An_email_address_is_accepted_with_its_domain_lower_cased(string input, string expected) =>
        Assert.Equal(expected, EmailAddress.Normalize(input));

    [Theory]
    [InlineData("jan@")]
    [InlineData("jan novak@example.cz")]
    [InlineData("jan@example")]
    [InlineData("jan@@example.cz")]
    [InlineData("@example.cz")]
    [InlineData("jan@example..cz")]
    [InlineData("jan@-example.cz")]
    public void An_invalid_email_address_is_refused(string input) => Assert.Null(EmailAddress.Normalize(input));
}
