using System.Security.Cryptography;

namespace Pelhrimov.ApiClients.Services;

/// <summary>Random client ids and secrets. A secret is shown once and stored only as OpenIddict's salted hash.</summary>
public static class ClientCredentials
{
    private const string IdAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>256 random bits as base64url (43 characters): safe in a form body and in an HTTP Basic header.</summary>
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A readable id such as <c>klient-7k3m9q2x</c>; an administrator may type a meaningful one instead.</summary>
    public static string NewClientId() => "klient-" + RandomNumberGenerator.GetString(IdAlphabet, 8);
}
