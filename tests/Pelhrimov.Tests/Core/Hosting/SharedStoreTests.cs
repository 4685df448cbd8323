using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Content.Data;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Setup;
using Microsoft.Extensions.Logging.Abstractions;

namespace Pelhrimov.Tests.Core.Hosting;

/// <summary>
/// Two nodes of a new cluster — one PostgreSQL database, a data folder each, one shared store (<c>App:SharedPath</c>) —
/// started at the same moment: the site is set up once, files written by one node are served by the other, and a
/// sign-in made on one node is accepted by the other (data-protection keys in the shared store).
/// </summary>
[Trait(TestEnvironment.PinnedDatabase, "Postgres")]
public sealed class SharedStoreTests
{
    [Fact]
    public async Task Two_nodes_started_together_on_a_new_database_set_the_site_up_once_and_share_files_and_sign_ins()
    {
        await TestRequirement.PostgresAsync();
        var cancellation = TestContext.Current.CancellationToken;
        await using var site = await TestSite.CreateAsync(DatabaseProvider.Postgres);
        var secondFolder = NewFolder();
        var shared = NewFolder();
        try
        {
            var nodes = await Task.WhenAll(
                PortalApp.StartAsync(site, Node(site.DataPath, shared)),
                PortalApp.StartAsync(site, Node(secondFolder, shared)));
            await using var first = nodes[0];
            await using var second = nodes[1];

            Assert.Equal(shared, first.Services.GetRequiredService<DataFolder>().SharedPath);
            await using (var scope = first.Services.CreateAsyncScope())
            {
                var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
                Assert.Equal(1, await core.SiteSettings.CountAsync(s => s.Key == "SetupCompleted", cancellation));
                var content = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
                var media = await content.Media.AsNoTracking().OrderBy(m => m.Key).ToListAsync(cancellation);
                Assert.NotEmpty(media);
                Assert.Equal(media.Count, media.Select(m => m.Key).Distinct().Count());

                // The recipe's files went to the shared store, not to either node's own folder, and both nodes serve them.
                Assert.Equal(media.Count, Directory.GetDirectories(Path.Combine(shared, "media")).Length);
                Assert.False(Directory.Exists(Path.Combine(site.DataPath, "media")));
                Assert.False(Directory.Exists(Path.Combine(secondFolder, "media")));
                var original = Path.Combine(shared, "media", media[0].Id.ToString("N"), "original" + Path.GetExtension(media[0].FileName));
                var bytes = await File.ReadAllBytesAsync(original, cancellation);
                foreach (var node in new[] { first, second })
                {
                    var served = await node.CreateClient().GetByteArrayAsync(media[0].Url, cancellation);
                    Assert.Equal(bytes, served);
                }
            }

            // Signed in on the first node, the staff member's cookie opens the admin on the second.
            var cookies = new CookieContainer();
            await first.CreateClient(cookies: cookies).SignInAsAdminAsync();
            using var onSecond = await second.CreateClient(cookies: cookies, allowAutoRedirect: false).GetAsync("/admin", cancellation);
            Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
            Assert.True(Directory.GetFiles(Path.Combine(shared, "keys"), "key-*.xml").Length >= 1);
        }
        finally
        {
            foreach (var folder in new[] { secondFolder, shared })
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }

    [Fact]
    public async Task The_setup_lock_is_released_when_setup_ends_not_when_the_pool_drops_its_connection()
    {
        await TestRequirement.PostgresAsync();
        var cancellation = TestContext.Current.CancellationToken;
        await using var site = await TestSite.CreateAsync(DatabaseProvider.Postgres);
        await using var app = await PortalApp.StartAsync(site);
        var database = app.Services.GetRequiredService<PortalDatabase>();

        var setupLock = await SetupLock.AcquireAsync(database, NullLogger.Instance, cancellation);
        Assert.Equal(1, await AdvisoryLocksAsync(database, cancellation));
        await setupLock.DisposeAsync();
        // The connection went back to the pool with its session open; the lock must not have stayed with it.
        Assert.Equal(0, await AdvisoryLocksAsync(database, cancellation));
    }

    private static async Task<long> AdvisoryLocksAsync(PortalDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
            + "WHERE l.locktype = 'advisory' AND d.datname = current_database()";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static PortalAppOptions Node(string dataPath, string shared) => new()
    {
        Settings = new Dictionary<string, string?> { ["App:DataPath"] = dataPath, ["App:SharedPath"] = shared },
    };

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "portal-test-" + Guid.NewGuid().ToString("N"));
}
