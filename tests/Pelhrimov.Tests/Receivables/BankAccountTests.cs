using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Tests.Receivables;

public sealed class BankAccountTests
{
    [Theory]
    [InlineData("19-2000145399", "0800", "CZ6508000000192000145399")]
    [InlineData("107-1234567899", "0100", "CZ5701000001071234567899")]
    [InlineData("2900000005", "2010", "CZ5220100000002900000005")]
    [InlineData("30015-5157998", "6000", "CZ1760000300150005157998")]
    [InlineData("000019-2000145399", "0800", "CZ6508000000192000145399")]
    public void A_valid_account_gives_its_IBAN(string number, string bankCode, string iban)
    {
        Assert.Null(BankAccount.ProblemWithNumber(number));
        Assert.Null(BankAccount.ProblemWithBankCode(bankCode));

        Assert.Equal(iban, BankAccount.From(number, bankCode).Iban);
    }

    [Fact]
    public void The_IBAN_is_printed_in_groups_of_four()
    {
        Assert.Equal("CZ65 0800 0000 1920 0014 5399", BankAccount.From("19-2000145399", "0800").IbanForPeople);
    }

    [Theory]
    [InlineData("19-2000145398", "dělitelnosti")]
    [InlineData("18-2000145399", "Předčíslí účtu nesplňuje")]
    [InlineData("1234567-2000145399", "nejvýše 6 číslic")]
    [InlineData("12345678901", "2 až 10 číslic")]
    [InlineData("1", "2 až 10 číslic")]
    [InlineData("0000000010", "dvě nenulové")]
    [InlineData("2000 145399", "2 až 10 číslic")]
    [InlineData("-2000145399", "nejvýše 6 číslic")]
    [InlineData("", "chybí")]
    public void An_invalid_account_number_is_refused_with_the_reason(string number, string reason)
    {
        Assert.Contains(reason, BankAccount.ProblemWithNumber(number), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("800")]
    [InlineData("08000")]
    [InlineData("08a0")]
    [InlineData(null)]
    public void A_bank_code_has_exactly_four_digits(string? code)
    {
        Assert.NotNull(BankAccount.ProblemWithBankCode(code));
    }

    [Fact]
    public void The_town_account_from_the_sample_site_is_valid()
    {
        Assert.Null(BankAccount.ProblemWithNumber("19-623101"));
    }
}
