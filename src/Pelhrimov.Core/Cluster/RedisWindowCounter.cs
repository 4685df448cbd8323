using StackExchange.Redis;

namespace Pelhrimov.Core.Cluster;

/// <summary>
/// Fixed windows in Redis: INCRBY, and PEXPIRE when the key has no expiry yet (the first hit starts the window), in one
/// script so that no key is left without expiry. While Redis is away this node counts in its own memory.
/// </summary>
public sealed class RedisWindowCounter(RedisConnection redis, MemoryWindowCounter memory) : IWindowCounter
{
    private const string Script = """
        local count = redis.call('INCRBY', KEYS[1], ARGV[1])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
          ttl = tonumber(ARGV[2])
        end
        return { count, ttl }
        """;

    public WindowCount Add(string key, int amount, TimeSpan window) =>
        redis.Run(db =>
        {
            var result = (RedisResult[])db.ScriptEvaluate(Script, [redis.Key(key)], [amount, (long)window.TotalMilliseconds])!;
            return new WindowCount((long)result[0], TimeSpan.FromMilliseconds((long)result[1]));
        }, fallback: () => memory.Add(key, amount, window));
}
