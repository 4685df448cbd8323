using StackExchange.Redis;

namespace Pelhrimov.Core.Cluster;

/// <summary>Failed attempts per key shared by every node (cluster mode only): how many in a row, and when the last was.</summary>
public interface ISharedFailures
{
    /// <summary>The record of <paramref name="key"/>, or null when there is none (or Redis cannot answer).</summary>
    (int Failures, DateTimeOffset LastFailure)? Find(string key);

    /// <summary>Counts a failure at <paramref name="now"/>; a record older than <paramref name="memory"/> starts again at one.</summary>
    void Failed(string key, DateTimeOffset now, TimeSpan memory);

    void Clear(string key);
}

/// <summary>Failure records as Redis hashes (<c>n</c>, <c>t</c>) that expire <c>memory</c> after the last failure.</summary>
public sealed class RedisSharedFailures(RedisConnection redis) : ISharedFailures
{
    private const string Script = """
        local last = redis.call('HGET', KEYS[1], 't')
        local n = 1
        if last and tonumber(ARGV[1]) - tonumber(last) <= tonumber(ARGV[2]) then
          n = tonumber(redis.call('HGET', KEYS[1], 'n')) + 1
        end
        redis.call('HSET', KEYS[1], 'n', n, 't', ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return n
        """;

    public (int Failures, DateTimeOffset LastFailure)? Find(string key) =>
        redis.Run<(int, DateTimeOffset)?>(db =>
        {
            var values = db.HashGet(Key(key), ["n", "t"]);
            return values[0].IsNull || values[1].IsNull
                ? null
                : ((int)values[0], DateTimeOffset.FromUnixTimeMilliseconds((long)values[1]));
        }, fallback: () => null);

    public void Failed(string key, DateTimeOffset now, TimeSpan memory) =>
        redis.Run(db => db.ScriptEvaluate(Script, [Key(key)], [now.ToUnixTimeMilliseconds(), (long)memory.TotalMilliseconds]), fallback: () => RedisResult.Create(RedisValue.Null));

    public void Clear(string key) => redis.Run(db => db.KeyDelete(Key(key)), fallback: () => false);

    private RedisKey Key(string key) => redis.Key("failures:" + key);
}
