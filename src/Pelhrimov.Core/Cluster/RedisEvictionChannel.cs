using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Caching;
using StackExchange.Redis;

namespace Pelhrimov.Core.Cluster;

/// <summary>Publishes this node's evictions on the Redis channel <c>{prefix}evict</c> as <c>{node id}|{message}</c>.</summary>
public sealed class RedisEvictionBroadcast(RedisConnection redis) : IEvictionBroadcast
{
    public const string ChannelName = "evict";

    public void Send(string message)
    {
        if (redis.IsConnected)
        {
            // Fire and forget: the local eviction is done; a lost message is bounded by PublicPageCache.MaxAge and the
            // clearing on reconnect (ADR 0054).
            redis.Multiplexer.GetSubscriber().Publish(redis.Channel(ChannelName), redis.NodeId + "|" + message, CommandFlags.FireAndForget);
        }
    }
}

/// <summary>
/// Applies the other nodes' evictions to this node. When Redis comes back after an outage the node may have missed
/// some, so it evicts every public page and clears its memory cache.
/// </summary>
public sealed class RedisEvictionListener(
    RedisConnection redis, PublicPageCacheInvalidator pages, IMemoryCache cache, ILogger<RedisEvictionListener> logger) : IHostedService
{
    /// <summary>Raised after a message of another node was applied here (for monitoring and tests).</summary>
    public event Action<string>? Applied;

    private int _subscribed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        redis.Restored += EvictEverything;
        await SubscribeAsync();
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        redis.Restored -= EvictEverything;
        return Task.CompletedTask;
    }

    private void Receive(RedisValue value)
    {
        var text = value.ToString();
        var separator = text.IndexOf('|', StringComparison.Ordinal);
        if (separator < 0 || text.AsSpan(0, separator).SequenceEqual(redis.NodeId))
        {
            return;
        }
        var message = text[(separator + 1)..];
        if (message == EvictionMessages.PublicPages)
        {
            pages.InvalidateHereAsync().AsTask().GetAwaiter().GetResult();
        }
        else if (EvictionMessages.MemoryEntryOf(message) is { } key)
        {
            cache.Remove(key);
        }
        Applied?.Invoke(message);
    }

    /// <summary>Once subscribed, the multiplexer re-subscribes by itself after a reconnect; a node that started while
    /// Redis was away subscribes when it first comes.</summary>
    private async Task SubscribeAsync()
    {
        try
        {
            await redis.Multiplexer.GetSubscriber().SubscribeAsync(redis.Channel(RedisEvictionBroadcast.ChannelName), (_, value) => Receive(value));
            Interlocked.Exchange(ref _subscribed, 1);
        }
        catch (RedisException e)
        {
            logger.LogDebug(e, "Redis is away: evictions of other nodes will be followed once it answers.");
        }
    }

    private void EvictEverything()
    {
        if (Volatile.Read(ref _subscribed) == 0)
        {
            _ = SubscribeAsync();
        }
        (cache as MemoryCache)?.Clear();
        pages.InvalidateHereAsync().AsTask().GetAwaiter().GetResult();
        Applied?.Invoke(EvictionMessages.PublicPages);
    }
}
