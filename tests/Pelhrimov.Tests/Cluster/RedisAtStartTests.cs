using System.Net;
using Pelhrimov.Core.Cluster;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Tests.Cluster;

/// <summary>
/// A node started in cluster mode while Redis is down (ADR 0054) has no data-protection key ring: it serves public pages,
/// but says it is not ready, so that a balancer sends no visitor whose form or cookie would fail there; once Redis
/// answers the ring loads, the node is ready, and its forms work.
/// </summary>
[Trait(TestEnvironment.PinnedDatabase, "Postgres")]
public sealed class RedisAtStartTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_node_started_without_Redis_is_not_ready_until_Redis_answers_and_then_serves_forms()
    {
        await TestRequirement.PostgresAsync();
        await using var redis = await RedisTestServer.StartAsync();
        await redis.StopAsync();
        await using var site = await SiteTemplate.CopyAsync(DatabaseProvider.Postgres);
        await using var node = await PortalApp.StartAsync(site, new PortalAppOptions
        {
            Settings = new Dictionary<string, string?>
            {
                ["Redis:Configuration"] = redis.Configuration,
                ["Redis:KeyPrefix"] = "test-" + redis.Port + ":",
            },
        });
        var client = node.CreateClient(handleCookies: false);

        using (var home = await client.GetAsync("/", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }
        using (var ready = await client.GetAsync("/health/ready", Cancel))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains(KeyRingReadinessCheck.Name, await ready.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        await redis.StartAgainAsync();

        // The multiplexer reconnects by itself (every few seconds); readiness follows without a restart.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        HttpStatusCode status;
        do
        {
            using var ready = await client.GetAsync("/health/ready", Cancel);
            status = ready.StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(200, Cancel);
            }
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.OK, status);

        var jar = new CookieContainer();
        var form = await AntiforgeryForm.LoadAsync(node.CreateClient(cookies: jar), "/registrace", "main form[action='/registrace']", Cancel);
        var registration = new Dictionary<string, string?> { ["Input.Email"] = "nekdo@example.cz", ["Input.Password"] = "Registrace-Heslo-2026", ["Input.ConfirmPassword"] = "Jine-Heslo-2026" };
        using var answered = await form.SubmitAsync(node.CreateClient(cookies: jar), registration, cancellationToken: Cancel);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("Hesla se neshodují", await answered.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
