using Microsoft.IdentityModel.Tokens;
using Pelhrimov.Core.Cluster;

namespace Pelhrimov.Citizens.Nia;

/// <summary>Remembers every accepted id_token until it expires, so that the same token is never accepted twice.</summary>
/// <remarks>
/// In this node's memory on one node; in cluster mode in Redis, so a token accepted on one node is refused on every
/// other. While Redis is away each node remembers its own (ADR 0054): a replay on another node is then still stopped by
/// the one-time correlation and nonce cookies and by NIA's one-time codes.
/// </remarks>
public sealed class TokenReplayCache(IOnceClaims claims) : ITokenReplayCache
{
    /// <summary><paramref name="expiresOn"/> is the token's <c>exp</c>, in UTC.</summary>
    public bool TryAdd(string securityToken, DateTime expiresOn) =>
        claims.TryClaim(Key(securityToken), new DateTimeOffset(DateTime.SpecifyKind(expiresOn, DateTimeKind.Utc)));

    public bool TryFind(string securityToken) => claims.IsClaimed(Key(securityToken));

    private static string Key(string token) =>
        "nia-token:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
