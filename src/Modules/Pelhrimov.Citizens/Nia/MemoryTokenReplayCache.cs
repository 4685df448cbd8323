using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

namespace Pelhrimov.Citizens.Nia;

/// <summary>Remembers every accepted id_token until it expires, so that the same token is never accepted twice.</summary>
/// <remarks>
/// Per web node. Across nodes a replay is also stopped by the one-time correlation and nonce cookies and by NIA's one-time
/// codes; a deployment on several nodes can swap this for a distributed cache.
/// </remarks>
public sealed class MemoryTokenReplayCache(IMemoryCache cache) : ITokenReplayCache
{
    private static readonly object Seen = new();
    private readonly Lock _lock = new();

    public bool TryAdd(string securityToken, DateTime expiresOn)
    {
        var key = Key(securityToken);
        lock (_lock)
        {
            if (cache.TryGetValue(key, out _))
            {
                return false;
            }
            cache.Set(key, Seen, new MemoryCacheEntryOptions { AbsoluteExpiration = expiresOn, Size = 1 });
            return true;
        }
    }

    public bool TryFind(string securityToken) => cache.TryGetValue(Key(securityToken), out _);

    private static string Key(string token) =>
        "nia-token:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
