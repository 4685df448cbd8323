using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Pelhrimov.Identity.NiaSimulator.Services;

/// <summary>Codes handed to the client at the end of authorize: single use, valid for <see cref="Lifetime"/>.</summary>
/// <remarks>Kept in memory: the simulator runs in one process, and a restart simply ends the sign-ins in flight.</remarks>
public sealed class AuthorizationCodes(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, (CompletedAuthentication Authentication, DateTimeOffset Expires)> _codes = new();

    public string Issue(CompletedAuthentication authentication)
    {
        var now = clock.GetUtcNow();
        foreach (var (code, entry) in _codes)
        {
            if (entry.Expires <= now)
            {
                _codes.TryRemove(code, out _);
            }
        }
        var issued = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        _codes[issued] = (authentication, now + Lifetime);
        return issued;
    }

    /// <summary>The authentication behind <paramref name="code"/>, once: the code is gone after this call whatever it returns.</summary>
    public CompletedAuthentication? Redeem(string? code, string? clientId)
    {
        if (string.IsNullOrEmpty(code) || !_codes.TryRemove(code, out var entry))
        {
            return null;
        }
        if (entry.Expires <= clock.GetUtcNow() || !string.Equals(entry.Authentication.ClientId, clientId, StringComparison.Ordinal))
        {
            return null;
        }
        return entry.Authentication;
    }
}
