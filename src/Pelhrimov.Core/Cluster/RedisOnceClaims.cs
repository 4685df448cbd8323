using StackExchange.Redis;

namespace Pelhrimov.Core.Cluster;

/// <summary>
/// Claims in Redis (SET NX with the claim's expiry), recorded in this node's memory as well; while Redis is away the
/// node's memory alone decides (ADR 0054: falls back rather than fails closed).
/// </summary>
public sealed class RedisOnceClaims(RedisConnection redis, MemoryOnceClaims memory, TimeProvider clock) : IOnceClaims
{
    public bool TryClaim(string key, DateTimeOffset expiresAt)
    {
        var ttl = expiresAt - clock.GetUtcNow();
        if (ttl <= TimeSpan.Zero || !memory.TryClaim(key, expiresAt))
        {
            return false;
        }
        return redis.Run(db => db.StringSet(redis.Key("once:" + key), 1, ttl, When.NotExists), fallback: () => true);
    }

    public bool IsClaimed(string key) =>
        memory.IsClaimed(key) || redis.Run(db => db.KeyExists(redis.Key("once:" + key)), fallback: () => false);
}
