using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Tests.Fixtures;

/// <summary>The fixture itself: real HTTP, the Testing environment, a site of its own that disappears afterwards.</summary>
public sealed class PortalAppTests
{
    [Fact]
    public async Task App_runs_over_loopback_HTTP_in_the_Testing_environment_on_its_own_data_folder()
    {
        await using var app = await PortalApp.StartAsync();

        Assert.True(app.BaseAddress.IsLoopback);
        Assert.NotEqual(0, app.BaseAddress.Port);
        Assert.Equal(PortalApp.EnvironmentName, app.Services.GetRequiredService<IHostEnvironment>().EnvironmentName);
        Assert.Equal(app.Site.DataPath, app.Services.GetRequiredService<DataFolder>().Path);
        Assert.Equal(TestEnvironment.Database, app.Services.GetRequiredService<PortalDatabase>().Provider);
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, app.BaseAddress.Port, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Fresh_site_is_deleted_when_the_app_is_disposed()
    {
        var app = await PortalApp.StartAsync();
        var dataPath = app.Site.DataPath;
        Assert.True(Directory.Exists(dataPath));

        await app.DisposeAsync();

        Assert.False(Directory.Exists(dataPath));
    }

    [Fact]
    public async Task Given_site_outlives_the_app()
    {
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        await using (var app = await PortalApp.StartAsync(site))
        {
        }

        Assert.True(Directory.Exists(site.DataPath));
    }

    [Trait(TestEnvironment.PinnedDatabase, "Postgres")]
    [Fact]
    public async Task App_runs_on_a_fresh_PostgreSQL_database_that_is_dropped_afterwards()
    {
        await TestRequirement.PostgresAsync();
        string databaseName;

        await using (var app = await PortalApp.StartAsync(options: new PortalAppOptions { Database = DatabaseProvider.Postgres }))
        {
            databaseName = app.Site.DatabaseName!;
            Assert.Equal(DatabaseProvider.Postgres, app.Services.GetRequiredService<PortalDatabase>().Provider);
            Assert.True(await PostgresServer.DatabaseExistsAsync(databaseName));
            using var health = await app.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        Assert.False(await PostgresServer.DatabaseExistsAsync(databaseName));
    }
}
