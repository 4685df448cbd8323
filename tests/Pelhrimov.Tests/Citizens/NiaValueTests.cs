using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Nia;

namespace Pelhrimov.Tests.Citizens;

/// <summary>How NIA's values are read: addresses, names in capitals, levels, the claims parameter, refusal reasons.</summary>
public sealed class NiaValueTests
{
    private static string Base64(string xml) => Convert.ToBase64String(Encoding.UTF8.GetBytes(xml));

    [Fact]
    public void CurrentAddress_is_base64_of_an_eIDAS_fragment()
    {
        var address = NiaAddress.Parse(Base64(
            "<eidas:LocatorDesignator>1</eidas:LocatorDesignator><eidas:Thoroughfare>Masarykovo náměstí</eidas:Thoroughfare>" +
            "<eidas:PostName>Pelhřimov</eidas:PostName><eidas:PostCode>39301</eidas:PostCode><eidas:CvaddressArea>Pelhřimov</eidas:CvaddressArea>"));

        Assert.NotNull(address);
        Assert.Equal("Masarykovo náměstí", address.Street);
        Assert.Equal("1", address.HouseNumber);
        Assert.Equal("393 01", address.PostCode);
        Assert.Equal("Masarykovo náměstí 1, 393 01 Pelhřimov", address.OneLine);
    }

    [Fact]
    public void An_address_with_declared_namespace_or_garbage_never_throws()
    {
        var declared = NiaAddress.Parse(Base64(
            $"<eidas:Thoroughfare xmlns:eidas=\"{NiaAddress.EidasNamespace}\">Nádražní</eidas:Thoroughfare><eidas:PostName xmlns:eidas=\"{NiaAddress.EidasNamespace}\">Jihlava</eidas:PostName>"));
        Assert.Equal("Nádražní, Jihlava", declared!.OneLine);

        Assert.Null(NiaAddress.Parse(null));
        Assert.Null(NiaAddress.Parse("   "));
        Assert.NotNull(NiaAddress.Parse("<not xml"));
    }

    [Theory]
    [InlineData("PAVEL", "Pavel")]
    [InlineData("ČERNÝCH", "Černých")]
    [InlineData("NOVÁK-SVOBODA", "Novák-Svoboda")]
    [InlineData("Jana", "Jana")]
    [InlineData("van der Berg", "van der Berg")]
    public void Names_in_capitals_are_shown_as_people_write_them(string sent, string shown) =>
        Assert.Equal(shown, NiaNames.Display(sent));

    [Theory]
    [InlineData("http://eidas.europa.eu/LoA/substantial", IdentityLevel.Substantial)]
    [InlineData("http://eidas.europa.eu/LoA/high", IdentityLevel.High)]
    [InlineData("low", IdentityLevel.Low)]
    [InlineData("nonsense", null)]
    [InlineData(null, null)]
    public void Levels_are_read_from_eIDAS_URIs_and_codes(string? value, IdentityLevel? expected) =>
        Assert.Equal(expected, IdentityLevels.Parse(value));

    [Fact]
    public void Levels_are_ordered_and_asked_for_by_NIA_scope()
    {
        Assert.True(IdentityLevel.High > IdentityLevel.Substantial);
        Assert.Equal("loasubstantial", IdentityLevel.Substantial.Scope());
        Assert.Equal("značná", IdentityLevel.Substantial.CzechName());
    }

    [Fact]
    public void The_claims_parameter_asks_for_each_attribute_in_the_id_token()
    {
        var json = NiaAuthentication.ClaimsParameter(["PersonIdentifier", "CurrentAddress", "PersonIdentifier"]);
        using var document = JsonDocument.Parse(json);
        var requested = document.RootElement.GetProperty("id_token");
        Assert.Equal(2, requested.EnumerateObject().Count());
        Assert.Equal(JsonValueKind.Null, requested.GetProperty("PersonIdentifier").ValueKind);
    }

    [Fact]
    public void Identity_without_PersonIdentifier_is_a_refused_consent()
    {
        var empty = new ClaimsPrincipal(new ClaimsIdentity([new Claim("acr", "http://eidas.europa.eu/LoA/high")], "test"));
        Assert.Null(NiaIdentity.From(empty, IdentityLevel.High));

        var full = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(NiaClaims.PersonIdentifier, "CZ/CZ/7f1c2a52-9a1b-4d8e-8a5e-1f3c5b7d9e11"),
            new Claim(NiaClaims.FamilyName, "ČERNÝCH"),
            new Claim(NiaClaims.DateOfBirth, "1956-07-15"),
        ], "test"));
        var identity = NiaIdentity.From(full, IdentityLevel.Substantial)!;
        Assert.Equal("Černých", identity.FamilyName);
        Assert.Equal(new DateOnly(1956, 7, 15), identity.DateOfBirth);
        Assert.Null(identity.Address);
    }

    [Fact]
    public void Refusals_are_classified_for_a_Czech_explanation()
    {
        Assert.Equal(NiaFailure.Expired, NiaFailures.Classify(new SecurityTokenExpiredException("expired")));
        Assert.Equal(NiaFailure.InvalidToken, NiaFailures.Classify(new SecurityTokenInvalidIssuerException("issuer")));
        Assert.Equal(NiaFailure.InvalidToken, NiaFailures.Classify(new SecurityTokenDecryptionFailedException("tampered")));
        Assert.Equal(NiaFailure.Replayed, NiaFailures.Classify(new SecurityTokenReplayDetectedException("again")));
        Assert.Equal(NiaFailure.InvalidToken, NiaFailures.Classify(new OpenIdConnectProtocolInvalidNonceException("nonce")));
        Assert.Equal(NiaFailure.UnknownState, NiaFailures.Classify(new AuthenticationFailureException("Correlation failed.")));
        Assert.Equal(NiaFailure.LevelTooLow, NiaFailures.Classify(new NiaSignInException(NiaFailure.LevelTooLow, "low")));
        foreach (var failure in Enum.GetValues<NiaFailure>())
        {
            Assert.Equal(failure, NiaFailures.FromCode(failure.Code()));
            var (title, explanation) = failure.Describe();
            Assert.False(string.IsNullOrWhiteSpace(title));
            Assert.False(string.IsNullOrWhiteSpace(explanation));
        }
    }
}
