using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Pelhrimov.Identity.NiaSimulator.Services;

/// <summary>Random opaque handles (256 bits, base64url) for values that expire after <paramref name="lifetime"/>.</summary>
/// <remarks>Kept in memory: the simulator runs in one process, and a restart simply ends what was in flight.</remarks>
public sealed class ExpiringHandles<T>(TimeProvider clock, TimeSpan lifetime) where T : notnull
{
    private readonly ConcurrentDictionary<string, (T Value, DateTimeOffset Expires)> _entries = new();

    public string Add(T value)
    {
        var now = clock.GetUtcNow();
        // Expired entries go whenever a new one comes, so that the dictionary stays as small as what is in flight.
        foreach (var (handle, entry) in _entries)
        {
            if (entry.Expires <= now)
            {
                _entries.TryRemove(handle, out _);
            }
        }
        var issued = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        _entries[issued] = (value, now + lifetime);
        return issued;
    }

    /// <summary>Removes the handle and gives its value if it had not expired; the handle is gone either way.</summary>
    public bool TryTake(string? handle, out T value)
    {
        value = default!;
        if (string.IsNullOrEmpty(handle) || !_entries.TryRemove(handle, out var entry) || entry.Expires <= clock.GetUtcNow())
        {
            return false;
        }
        value = entry.Value;
        return true;
    }

    public bool IsValid(string? handle) =>
        !string.IsNullOrEmpty(handle) && _entries.TryGetValue(handle, out var entry) && entry.Expires > clock.GetUtcNow();
}
