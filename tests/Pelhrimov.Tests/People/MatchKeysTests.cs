using Pelhrimov.Core.BackOffice;
using Pelhrimov.People.Domain;

namespace Pelhrimov.Tests.People;

/// <summary>What "exactly the same attributes" means for linking: Unicode normalisation and case folding, nothing looser.</summary>
public sealed class MatchKeysTests
{
    private static readonly DateOnly Born = new(1956, 7, 15);

    [Fact]
    public void Upper_case_names_from_NIA_match_the_register_spelling()
    {
        Assert.Equal(MatchKeys.NameKey("Pavel", "Černých", Born), MatchKeys.NameKey("PAVEL", "ČERNÝCH", Born));
    }

    [Fact]
    public void Decomposed_diacritics_match_composed_ones()
    {
        var decomposed = "Černých".Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual("Černých", decomposed);
        Assert.Equal(MatchKeys.NameKey("Pavel", "Černých", Born), MatchKeys.NameKey("Pavel", decomposed, Born));
    }

    [Fact]
    public void Surrounding_and_repeated_white_space_does_not_matter()
    {
        Assert.Equal(MatchKeys.NameKey("Jan Petr", "Novák", Born), MatchKeys.NameKey("  Jan   Petr ", "Novák\t", Born));
    }

    [Theory]
    [InlineData("Pavel", "Cernych")]     // diacritics are part of the name
    [InlineData("Pavel", "Černý")]
    [InlineData("Pavla", "Černých")]
    [InlineData("Pavel Jan", "Černých")]
    public void A_different_name_does_not_match(string given, string family)
    {
        Assert.NotEqual(MatchKeys.NameKey("Pavel", "Černých", Born), MatchKeys.NameKey(given, family, Born));
    }

    [Fact]
    public void A_different_date_of_birth_does_not_match()
    {
        Assert.NotEqual(MatchKeys.NameKey("Pavel", "Černých", Born), MatchKeys.NameKey("Pavel", "Černých", Born.AddDays(1)));
    }

    [Fact]
    public void A_missing_attribute_gives_no_key_so_nothing_can_match()
    {
        Assert.Null(MatchKeys.NameKey("Pavel", null, Born));
        Assert.Null(MatchKeys.NameKey(" ", "Černých", Born));
        Assert.Null(MatchKeys.NameKey("Pavel", "Černých", null));
        Assert.Null(MatchKeys.AddressKey("Pavel", "Černých", Born, "Nádražní", "1254", "Pelhřimov", null));
    }

    [Fact]
    public void Addresses_match_regardless_of_case_and_the_space_in_the_post_code()
    {
        var register = MatchKeys.AddressKey("Pavel", "Černých", Born, "Nádražní", "1254", "Pelhřimov", "393 01");
        var eid = MatchKeys.Of(new VerifiedCitizen(Guid.NewGuid(), "PAVEL", "ČERNÝCH", Born,
            new VerifiedAddress("NÁDRAŽNÍ", "1254", "PELHŘIMOV", "39301"), "substantial")).AddressKey;
        Assert.Equal(register, eid);
        Assert.NotEqual(register, MatchKeys.AddressKey("Pavel", "Černých", Born, "Nádražní", "1255", "Pelhřimov", "393 01"));
    }

    [Fact]
    public void The_policy_chooses_the_key()
    {
        Assert.Equal("name", MatchKeys.For(LinkPolicy.NameAndBirthDate, "name", "address"));
        Assert.Equal("address", MatchKeys.For(LinkPolicy.NameBirthDateAndAddress, "name", "address"));
        Assert.Null(MatchKeys.For(LinkPolicy.NameBirthDateAndAddress, "name", null));
    }
}
