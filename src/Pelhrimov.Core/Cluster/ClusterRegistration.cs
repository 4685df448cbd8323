using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Core.Cluster;

/// <summary>
/// One node or cluster mode, by configuration alone (ADR 0054). Without <c>Redis:Configuration</c> the node keeps its
/// data-protection keys in the <c>keysFolder</c> given to <c>AddPortalCluster</c> (<c>keys/</c> in the shared store,
/// ADR 0055) and everything else in its own memory, and no StackExchange.Redis code runs
/// (the Redis types are only named in <see cref="AddRedis"/>, which is then never compiled).
/// </summary>
public static class ClusterRegistration
{
    public static IServiceCollection AddPortalCluster(this IServiceCollection services, IConfiguration configuration, IDataProtectionBuilder dataProtection, string keysFolder)
    {
        services.TryAddSingleton<MemoryOnceClaims>();
        if (ClusterSettings.From(configuration) is { } settings)
        {
            AddRedis(services, dataProtection, settings);
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysFolder));
            services.TryAddSingleton<IOnceClaims>(sp => sp.GetRequiredService<MemoryOnceClaims>());
            services.TryAddSingleton<IEvictionBroadcast, LocalEvictionOnly>();
        }
        services.TryAddSingleton<SharedMemoryEntries>();
        return services;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddRedis(IServiceCollection services, IDataProtectionBuilder dataProtection, ClusterSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<RedisConnection>();
        services.AddSingleton(sp => sp.GetRequiredService<RedisConnection>().Multiplexer);
        // One key ring for every node, a list in Redis; data protection reads it lazily and caches it (a day).
        dataProtection.Services.AddOptions<KeyManagementOptions>().Configure<RedisConnection>((o, redis) =>
            o.XmlRepository = new RedisXmlRepository(() => redis.Database, redis.Key("data-protection-keys")));
        services.AddSingleton<IOnceClaims, RedisOnceClaims>();
        services.AddSingleton<MemoryWindowCounter>();
        services.AddSingleton<IWindowCounter, RedisWindowCounter>();
        services.AddSingleton<ISharedFailures, RedisSharedFailures>();
        services.AddSingleton<IEvictionBroadcast, RedisEvictionBroadcast>();
        services.AddSingleton<RedisEvictionListener>();
        services.AddHostedService(sp => sp.GetRequiredService<RedisEvictionListener>());
        services.AddReadinessCheck<RedisReadinessCheck>(RedisReadinessCheck.Name);
        services.AddReadinessCheck<KeyRingReadinessCheck>(KeyRingReadinessCheck.Name);
    }
}
