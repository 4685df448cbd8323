using Pelhrimov.Payments.Accounts;

namespace Pelhrimov.Tests.Payments;

public sealed class CzechBankAccountTests
{
    [Theory]
    [InlineData("19-2000145399/0800", "CZ6508000000192000145399")]
    [InlineData("107-1234567899/0100", "CZ5701000001071234567899")]
    [InlineData("2900000005/2010", "CZ5220100000002900000005")]
    [InlineData("30015-5157998/6000", "CZ1760000300150005157998")]
    public void Valid_accounts_convert_to_the_IBANs_of_the_reference_and_back(string text, string iban)
    {
        var account = CzechBankAccount.Parse(text);

        Assert.Equal(iban, account.ToIban());
        Assert.True(Iban.IsValid(iban));
        Assert.True(CzechBankAccount.TryFromIban(Iban.Format(iban), out var back, out _));
        Assert.Equal(text, back.ToString());
    }

    [Fact]
    public void An_IBAN_is_shown_in_groups_of_four()
    {
        Assert.Equal("CZ65 0800 0000 1920 0014 5399", Iban.Format("CZ6508000000192000145399"));
    }

    [Theory]
    [InlineData("000019-2000145399/0800", "19-2000145399/0800")]
    [InlineData(" 19 - 2000145399 / 0800 ", "19-2000145399/0800")]
    [InlineData("0-2900000005/2010", "2900000005/2010")]
    public void Leading_zeros_and_spaces_are_dropped_from_the_parts(string text, string expected)
    {
        Assert.Equal(expected, CzechBankAccount.Parse(text).ToString());
    }

    [Theory]
    [InlineData("19-2000145398/0800", "Číslo účtu nemá platný kontrolní součet")]
    [InlineData("18-2000145399/0800", "Předčíslí účtu nemá platný kontrolní součet")]
    [InlineData("2000145399", "Zadejte číslo účtu ve tvaru")]
    [InlineData("19-2000145399/800", "Zadejte číslo účtu ve tvaru")]
    [InlineData("1234567-2000145399/0800", "Zadejte číslo účtu ve tvaru")]
    [InlineData("19-2000145399a/0800", "Zadejte číslo účtu ve tvaru")]
    [InlineData("0000000000/0800", "aspoň dvě nenulové číslice")]
    [InlineData("", "Zadejte číslo účtu ve tvaru")]
    public void Invalid_accounts_are_refused_with_a_Czech_reason(string text, string reason)
    {
        Assert.False(CzechBankAccount.TryParse(text, out _, out var error));
        Assert.Contains(reason, error);
        Assert.Throws<FormatException>(() => CzechBankAccount.Parse(text));
    }

    [Theory]
    [InlineData("CZ6608000000192000145399", "kontrolní číslice")]
    [InlineData("SK3112000000198742637541", "Český IBAN")]
    [InlineData("CZ650800000019200014539", "Český IBAN")]
    public void IBANs_with_wrong_check_digits_or_of_another_country_are_refused(string iban, string reason)
    {
        Assert.False(CzechBankAccount.TryFromIban(iban, out _, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void A_foreign_IBAN_passes_the_MOD_97_check_without_being_a_Czech_account()
    {
        Assert.True(Iban.IsValid("SK31 1200 0000 1987 4263 7541"));
        Assert.False(Iban.IsValid("SK32 1200 0000 1987 4263 7541"));
        Assert.False(Iban.IsValid("CZ65 0800 0000 1920 0014 539!"));
    }
}
