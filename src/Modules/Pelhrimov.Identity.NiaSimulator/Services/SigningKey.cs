using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Identity.NiaSimulator.Services;

/// <summary>The simulator's own signing key (RSA 2048), made once in the data folder and published in the JWKS.</summary>
public sealed class SigningKey(DataFolder dataFolder)
{
    public const string FileName = "nia-simulator-signing.pfx";
    public const string Subject = "CN=NIA simulator (development)";

    // Created at the first token or JWKS request, never at start-up.
    private readonly Lazy<(RsaSecurityKey Key, RSA Rsa)> _key = new(() =>
    {
        var certificate = Certificates.LoadOrCreateDevelopment(dataFolder.CombineShared("keys", FileName), Subject);
        var rsa = certificate.GetRSAPrivateKey() ?? throw new InvalidOperationException($"{FileName} holds no RSA private key.");
        var keyId = Base64UrlEncoder.Encode(certificate.GetCertHash(HashAlgorithmName.SHA256));
        return (new RsaSecurityKey(rsa) { KeyId = keyId }, rsa);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public RsaSecurityKey Key => _key.Value.Key;

    public SigningCredentials Credentials => new(Key, SecurityAlgorithms.RsaSha256);

    /// <summary>The public half as a JSON Web Key (RS256, with <c>kid</c>).</summary>
    public Dictionary<string, string> PublicJwk()
    {
        var parameters = _key.Value.Rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = SecurityAlgorithms.RsaSha256,
            ["kid"] = Key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }
}
