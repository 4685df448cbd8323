using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Identity.NiaSimulator.Domain;

namespace Pelhrimov.Identity.NiaSimulator.Services;

/// <summary>
/// Makes the id_token as NIA does: a JWS (RS256, <c>kid</c> in its header) wrapped in a JWE (RSA-OAEP, A256CBC-HS512,
/// <c>cty</c> JWT, no <c>kid</c>) encrypted to the SeP's certificate; no <c>sub</c>; only the requested attributes.
/// </summary>
public sealed class IdTokenIssuer(SigningKey signingKey, NiaSimulatorOptions options, TimeProvider clock)
{
    public const string Issuer = "urn:microsoft:cgg2010:fpsts";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string Issue(CompletedAuthentication authentication, RegisteredServiceProvider serviceProvider)
    {
        var fault = authentication.Fault;
        var now = clock.GetUtcNow().UtcDateTime;
        var issuedAt = fault == FaultKind.Expired ? now.AddHours(-2) : now;
        var persona = authentication.Persona;

        // Refused consent: NIA still answers with a token, but with no attributes at all, not even PersonIdentifier.
        var claims = authentication.ConsentRefused
            ? new Dictionary<string, object>()
            : PersonaClaims.For(persona, serviceProvider.ClientId, authentication.Claims, DateOnly.FromDateTime(CzechFormat.ToLocal(now)));
        if (authentication.Nonce is { } nonce && fault != FaultKind.NoNonce)
        {
            claims["nonce"] = fault == FaultKind.WrongNonce ? "simulator-wrong-nonce-" + Guid.NewGuid().ToString("N") : nonce;
        }
        claims["acr"] = (fault == FaultKind.LowLevel ? LevelOfAssurance.Low : persona.Level).Uri();
        claims["auth_time"] = authentication.AuthTime.ToUnixTimeSeconds();

        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = fault == FaultKind.WrongIssuer ? "urn:microsoft:cgg2010:fpsts:simulator-wrong-issuer" : Issuer,
            Audience = fault == FaultKind.WrongAudience ? "https://jiny-poskytovatel.example/" : serviceProvider.ClientId,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = fault == FaultKind.Expired ? now.AddHours(-1) : now + options.IdTokenLifetime,
            Claims = claims,
            SigningCredentials = fault == FaultKind.BadSignature ? ForeignSigningCredentials() : signingKey.Credentials,
            EncryptingCredentials = new EncryptingCredentials(
                fault == FaultKind.WrongEncryptionKey ? new RsaSecurityKey(RSA.Create(2048)) : serviceProvider.EncryptionKey,
                SecurityAlgorithms.RsaOAEP,
                SecurityAlgorithms.Aes256CbcHmacSha512),
        });
        return fault == FaultKind.Tampered ? Tamper(token) : token;
    }

    // Same kid as the real key, so a validator finds "its" key and must reject the signature itself.
    private SigningCredentials ForeignSigningCredentials() =>
        new(new RsaSecurityKey(RSA.Create(2048)) { KeyId = signingKey.Key.KeyId }, SecurityAlgorithms.RsaSha256);

    /// <summary>Flips one bit of the JWE authentication tag (the fifth part), as a man in the middle might.</summary>
    private static string Tamper(string jwe)
    {
        var parts = jwe.Split('.');
        var tag = Base64UrlEncoder.DecodeBytes(parts[4]);
        tag[0] ^= 0x01;
        parts[4] = Base64UrlEncoder.Encode(tag);
        return string.Join('.', parts);
    }
}
