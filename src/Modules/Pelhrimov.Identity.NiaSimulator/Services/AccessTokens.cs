using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Pelhrimov.Identity.NiaSimulator.Services;

/// <summary>Opaque access tokens; their only use at NIA is the userinfo endpoint, which answers <c>{}</c>.</summary>
public sealed class AccessTokens(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new();

    public string Issue()
    {
        var now = clock.GetUtcNow();
        foreach (var (token, expires) in _tokens)
        {
            if (expires <= now)
            {
                _tokens.TryRemove(token, out _);
            }
        }
        var issued = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        _tokens[issued] = now + Lifetime;
        return issued;
    }

    public bool IsValid(string? token) =>
        !string.IsNullOrEmpty(token) && _tokens.TryGetValue(token, out var expires) && expires > clock.GetUtcNow();
}
