using Microsoft.Extensions.Configuration;

namespace Pelhrimov.Core.Cluster;

/// <summary>
/// Cluster mode's configuration: <c>Redis:Configuration</c> (a StackExchange.Redis configuration string such as
/// <c>redis-1:6379,password=…</c>) switches it on; <c>Redis:KeyPrefix</c> keeps two sites on one Redis apart (ADR 0054).
/// </summary>
public sealed record ClusterSettings(string RedisConfiguration, string KeyPrefix)
{
    /// <summary>Null when <c>Redis:Configuration</c> is not set: one node, nothing shared beyond the database.</summary>
    public static ClusterSettings? From(IConfiguration configuration)
    {
        var redis = configuration["Redis:Configuration"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            return null;
        }
        var prefix = configuration["Redis:KeyPrefix"];
        return new ClusterSettings(redis.Trim(), string.IsNullOrWhiteSpace(prefix) ? "portal:" : prefix.Trim());
    }
}
