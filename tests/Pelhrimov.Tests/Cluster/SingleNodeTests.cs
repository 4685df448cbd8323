using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Cluster;

namespace Pelhrimov.Tests.Cluster;

/// <summary>Without <c>Redis:Configuration</c> a node is what it always was: keys on disk, limits and claims in memory, nobody to tell.</summary>
[Collection(PortalCollection.Name)]
public sealed class SingleNodeTests(PortalApp app)
{
    [Fact]
    public void A_node_without_Redis_registers_nothing_of_cluster_mode()
    {
        var services = app.Services;

        Assert.Null(services.GetService<RedisConnection>());
        Assert.Null(services.GetService<IWindowCounter>());
        Assert.IsType<LocalEvictionOnly>(services.GetRequiredService<IEvictionBroadcast>());
        Assert.IsType<MemoryOnceClaims>(services.GetRequiredService<IOnceClaims>());
        Assert.IsType<FileSystemXmlRepository>(services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
        Assert.DoesNotContain(services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(), s => s is RedisEvictionListener);
    }
}
