using System.Collections.Concurrent;
using Pelhrimov.Core.Cluster;

namespace Pelhrimov.Core.Security;

/// <summary>
/// Slows down password guessing against one account without locking its owner out: after
/// <see cref="PasswordRules.FreeFailures"/> failures in a row, each further attempt must wait a delay that doubles up to
/// <see cref="PasswordRules.MaxThrottleDelay"/> (ADR 0012). Attempts made during the delay are refused unchecked and do not
/// lengthen it, so an attacker can delay the owner by at most that much after their last wrong guess, never for hours.
/// </summary>
/// <remarks>
/// Keyed by the typed e-mail (normalised), whether or not an account has it: throttling must look the same for unknown
/// addresses, or it would tell which ones exist. In memory: a restart forgets the counts, which only ever helps the owner.
/// In cluster mode also in Redis (<c>shared</c>), so that failures on any node count; an attempt waits when
/// either record says so, and while Redis is away the node's own record still throttles (ADR 0054).
/// </remarks>
public sealed class SignInThrottle(TimeProvider clock, ISharedFailures? shared = null)
{
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>Whether an attempt for <paramref name="key"/> has to wait; such an attempt must not check the password.</summary>
    public bool IsThrottled(string key)
    {
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(Normalise(key), out var entry) && now < entry.LastFailure + PasswordRules.ThrottleDelay(entry.Failures))
        {
            return true;
        }
        return shared?.Find(Normalise(key)) is { } record && now < record.LastFailure + PasswordRules.ThrottleDelay(record.Failures);
    }

    public void Failed(string key)
    {
        var now = clock.GetUtcNow();
        if (entries.Count >= MaxEntries)
        {
            Prune(now);
        }
        entries.AddOrUpdate(Normalise(key), _ => new Entry(1, now),
            (_, e) => new Entry(now - e.LastFailure > PasswordRules.FailureMemory ? 1 : e.Failures + 1, now));
        shared?.Failed(Normalise(key), now, PasswordRules.FailureMemory);
    }

    public void Succeeded(string key)
    {
        entries.TryRemove(Normalise(key), out _);
        shared?.Clear(Normalise(key));
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in entries)
        {
            if (now - entry.LastFailure > PasswordRules.FailureMemory)
            {
                entries.TryRemove(key, out _);
            }
        }
    }

    private static string Normalise(string key) => key.Trim().ToUpperInvariant();

    private sealed record Entry(int Failures, DateTimeOffset LastFailure);
}
