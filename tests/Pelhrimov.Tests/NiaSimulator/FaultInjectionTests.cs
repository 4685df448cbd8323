using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using System.IdentityModel.Tokens.Jwt;

namespace Pelhrimov.Tests.NiaSimulator;

/// <summary>Each fault really yields a token that a standard validator refuses, for the named reason.</summary>
[SameOnEveryDatabase]
public sealed class FaultInjectionTests(SharedPortalApp app)
{
    private readonly NiaFlow _nia = new(app);

    [Theory]
    [InlineData("wrong-issuer", typeof(SecurityTokenInvalidIssuerException))]
    [InlineData("wrong-audience", typeof(SecurityTokenInvalidAudienceException))]
    [InlineData("expired", typeof(SecurityTokenExpiredException))]
    [InlineData("bad-signature", typeof(SecurityTokenInvalidSignatureException))]
    [InlineData("tampered", typeof(SecurityTokenDecryptionFailedException))]
    [InlineData("wrong-encryption-key", typeof(SecurityTokenDecryptionFailedException))]
    public async Task The_token_validator_refuses_a_faulty_token_for_the_reason(string fault, Type expected)
    {
        var idToken = await _nia.IdTokenAsync("jan-novak", NiaFlow.ClaimsJson("PersonIdentifier"), fault: fault);

        var result = await _nia.ValidateAsync(idToken);

        Assert.False(result.IsValid);
        Assert.IsAssignableFrom(expected, result.Exception);
    }

    [Fact]
    public async Task A_tampered_token_keeps_its_shape_and_differs_only_in_the_tag()
    {
        var idToken = await _nia.IdTokenAsync("jan-novak", fault: "tampered");

        var parts = idToken.Split('.');
        Assert.Equal(5, parts.Length);
        Assert.False(NiaFlow.Header(parts[0]).ContainsKey("kid"));
    }

    [Fact]
    public async Task Low_level_claims_low_assurance_although_more_was_requested()
    {
        var idToken = await _nia.IdTokenAsync("jan-novak", scope: "openid loahigh", fault: "low-level");

        var payload = NiaFlow.Payload(await _nia.ValidateAsync(idToken));

        // The token is otherwise sound: only a client comparing acr with what it asked for notices.
        Assert.Equal("http://eidas.europa.eu/LoA/low", (string?)payload["acr"]);
    }

    [Theory]
    [InlineData("no-nonce")]
    [InlineData("wrong-nonce")]
    public async Task The_OpenID_Connect_protocol_validator_refuses_a_missing_or_wrong_nonce(string fault)
    {
        var idToken = await _nia.IdTokenAsync("jan-novak", fault: fault);
        var validated = await _nia.ValidateAsync(idToken);
        Assert.True(validated.IsValid, validated.Exception?.ToString());

        var context = ProtocolContext(idToken, validated);
        var validator = new OpenIdConnectProtocolValidator { RequireSub = false, RequireStateValidation = false, RequireTimeStampInNonce = false };

        Assert.ThrowsAny<OpenIdConnectProtocolInvalidNonceException>(() => validator.ValidateTokenResponse(context));
    }

    [Fact]
    public async Task Without_a_fault_the_protocol_validator_accepts_the_token_when_sub_is_not_required()
    {
        var idToken = await _nia.IdTokenAsync("jan-novak");
        var validated = await _nia.ValidateAsync(idToken);
        var validator = new OpenIdConnectProtocolValidator { RequireSub = false, RequireStateValidation = false, RequireTimeStampInNonce = false };

        validator.ValidateTokenResponse(ProtocolContext(idToken, validated));
    }

    [Fact]
    public async Task Without_fault_injection_the_fault_parameter_is_ignored()
    {
        await using var plain = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { ["NiaSimulator:FaultInjection"] = "false" },
        });
        var nia = new NiaFlow(plain);

        var result = await nia.ValidateAsync(await nia.IdTokenAsync("jan-novak", fault: "wrong-issuer"));

        Assert.True(result.IsValid, result.Exception?.ToString());
    }

    private static OpenIdConnectProtocolValidationContext ProtocolContext(string idToken, TokenValidationResult validated) => new()
    {
        Nonce = NiaFlow.Nonce,
        ClientId = NiaFlow.ClientId,
        ProtocolMessage = new OpenIdConnectMessage { IdToken = idToken, AccessToken = "opaque" },
        ValidatedIdToken = new JwtSecurityToken(((JsonWebToken)validated.SecurityToken).InnerToken.EncodedToken),
    };
}
