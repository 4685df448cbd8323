using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Pelhrimov.Core.Cluster;

/// <summary>
/// The node's one connection to Redis. It never stops the node: created with <c>AbortOnConnectFail=false</c> it connects
/// (and reconnects) in the background, and commands fail at once rather than wait while it is away
/// (<see cref="BacklogPolicy.FailFast"/>), so that callers fall back to this node's memory. An outage is logged once.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    private readonly ILogger<RedisConnection> _logger;
    private int _down;

    public RedisConnection(ClusterSettings settings, ILogger<RedisConnection> logger)
    {
        _logger = logger;
        Settings = settings;
        var options = ConfigurationOptions.Parse(settings.RedisConfiguration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ClientName ??= "portal-" + Environment.MachineName;
        Multiplexer = ConnectionMultiplexer.Connect(options);
        Multiplexer.ConnectionFailed += (_, e) => MarkDown(e.Exception);
        Multiplexer.ConnectionRestored += (_, e) => MarkUp(e.ConnectionType);
        if (!Multiplexer.IsConnected)
        {
            MarkDown(null);
        }
    }

    /// <summary>Raised when the subscription connection came back after it was lost (messages sent meanwhile were missed).</summary>
    public event Action? Restored;

    public ClusterSettings Settings { get; }

    public IConnectionMultiplexer Multiplexer { get; }

    /// <summary>This node, in messages it publishes (so that it ignores its own).</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    public bool IsConnected => Multiplexer.IsConnected;

    public IDatabase Database => Multiplexer.GetDatabase();

    public RedisKey Key(string name) => Settings.KeyPrefix + name;

    public RedisChannel Channel(string name) => RedisChannel.Literal(Settings.KeyPrefix + name);

    /// <summary>Runs <paramref name="command"/> on Redis, or <paramref name="fallback"/> while Redis cannot answer.</summary>
    public T Run<T>(Func<IDatabase, T> command, Func<T> fallback)
    {
        if (!Multiplexer.IsConnected)
        {
            return fallback();
        }
        try
        {
            return command(Database);
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException or ObjectDisposedException)
        {
            MarkDown(e);
            return fallback();
        }
    }

    public void Dispose() => Multiplexer.Dispose();

    private void MarkDown(Exception? cause)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            _logger.LogWarning(cause, "Redis is unreachable: this node serves on with its own memory (rate limits and replay checks per node, no cluster-wide eviction) until it returns.");
        }
    }

    private void MarkUp(ConnectionType connection)
    {
        if (Multiplexer.IsConnected && Interlocked.Exchange(ref _down, 0) == 1)
        {
            _logger.LogWarning("Redis is reachable again: cluster-wide limits and eviction resume; this node's caches are cleared.");
        }
        if (connection == ConnectionType.Subscription)
        {
            Restored?.Invoke();
        }
    }
}
