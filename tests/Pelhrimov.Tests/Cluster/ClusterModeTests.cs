using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Pelhrimov.Core.Caching;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Cluster;
using Pelhrimov.Core.Settings;
using Pelhrimov.Tests.Receivables;

namespace Pelhrimov.Tests.Cluster;

/// <summary>
/// Cluster mode (ADR 0054): what node A makes or counts, node B accepts or counts too; what A evicts, B evicts; with Redis
/// gone both serve on, and with Redis back eviction works again.
/// </summary>
[Trait(TestEnvironment.PinnedDatabase, "Postgres")]
public sealed class ClusterModeTests(ClusterNodes nodes) : IClassFixture<ClusterNodes>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_staff_cookie_and_an_antiforgery_token_made_on_A_are_accepted_on_B()
    {
        await nodes.StartAsync();
        var jar = new CookieContainer();
        await nodes.A.CreateClient(cookies: jar).SignInAsStaffAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);
        var onB = nodes.B.CreateClient(cookies: jar, allowAutoRedirect: false);

        using var admin = await onB.GetAsync("/admin", Cancel);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);

        var visitorJar = new CookieContainer();
        var form = await AntiforgeryForm.LoadAsync(nodes.A.CreateClient(cookies: visitorJar), "/registrace", "main form[action='/registrace']", Cancel);
        var onBForm = form with { Action = new Uri(nodes.B.BaseAddress, form.Action.PathAndQuery) };
        var registration = new Dictionary<string, string?> { ["Input.Email"] = "nekdo@example.cz", ["Input.Password"] = "Registrace-Heslo-2026", ["Input.ConfirmPassword"] = "Jine-Heslo-2026" };
        using var accepted = await onBForm.SubmitAsync(nodes.B.CreateClient(cookies: visitorJar), registration, cancellationToken: Cancel);
        using var forged = await (onBForm with { Fields = [.. form.Fields.Where(f => f.Key != AntiforgeryForm.TokenField)] })
            .SubmitAsync(nodes.B.CreateClient(cookies: visitorJar), registration, cancellationToken: Cancel);

        // Accepted: the form comes back with its Czech message; without the token the same post is refused.
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("Hesla se neshodují", await accepted.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task An_NIA_token_accepted_on_A_is_refused_as_a_replay_on_B()
    {
        await nodes.StartAsync();
        var token = "eyJ.test-token." + Guid.NewGuid().ToString("N");
        var expires = DateTime.UtcNow.AddMinutes(5);

        Assert.False(nodes.B.Services.GetRequiredService<ITokenReplayCache>().TryFind(token));
        Assert.True(nodes.A.Services.GetRequiredService<ITokenReplayCache>().TryAdd(token, expires));
        Assert.True(nodes.B.Services.GetRequiredService<ITokenReplayCache>().TryFind(token));
        Assert.False(nodes.B.Services.GetRequiredService<ITokenReplayCache>().TryAdd(token, expires));
    }

    [Fact]
    public async Task The_pay_with_code_limits_are_reached_across_both_nodes()
    {
        await nodes.StartAsync();
        var address = PayWithCodeTesting.RandomAddress();
        var statuses = new List<HttpStatusCode>();
        foreach (var node in new[] { nodes.A, nodes.B, nodes.A, nodes.B })
        {
            using var attempt = await node.Visitor(address).PayAsync(PayWithCodeTesting.NewSymbol(), "ABCD-EFGH");
            statuses.Add(attempt.StatusCode);
        }

        var symbol = PayWithCodeTesting.NewSymbol();
        using (await nodes.A.Visitor().PayAsync(symbol, "ABCD-EFGH"))
        using (await nodes.B.Visitor().PayAsync(symbol, "ABCD-EFGH"))
        {
        }
        using var blocked = await nodes.A.Visitor().PayAsync(symbol, "ABCD-EFGH");

        Assert.Equal(ClusterNodes.PayAttemptsPerAddress, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
    }

    [Fact]
    public async Task Failed_passwords_on_A_make_the_account_wait_on_B()
    {
        await nodes.StartAsync();
        var email = $"hadac-{Guid.NewGuid():N}@example.cz";
        var onA = nodes.A.Services.GetRequiredService<SignInThrottle>();
        var onB = nodes.B.Services.GetRequiredService<SignInThrottle>();

        onA.Failed(email);
        Assert.False(onB.IsThrottled(email));
        // Four failures past the free ones: a 16-second wait, long enough not to end before B is asked.
        for (var i = 1; i < PasswordRules.FreeFailures + 4; i++)
        {
            onA.Failed(email);
        }

        Assert.True(onB.IsThrottled(" " + email.ToUpperInvariant()));
    }

    [Fact]
    public async Task Settings_changed_on_A_reach_the_page_B_had_cached_and_survive_a_Redis_outage()
    {
        await nodes.StartAsync();
        await ChangePhoneOnAAndSeeItOnBAsync("565 000 101");

        var lostA = Lost(nodes.A);
        var lostB = Lost(nodes.B);
        await nodes.Redis.StopAsync();
        await Task.WhenAll(lostA, lostB).WaitAsync(TimeSpan.FromSeconds(30), Cancel);

        foreach (var node in new[] { nodes.A, nodes.B })
        {
            using var home = await node.CreateClient().GetAsync("/", Cancel);
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Equal(("Degraded", HttpStatusCode.OK), await RedisReadinessAsync(node));
        }

        var backA = Restored(nodes.A);
        var backB = Restored(nodes.B);
        await nodes.Redis.StartAgainAsync();
        await Task.WhenAll(backA, backB).WaitAsync(TimeSpan.FromSeconds(30), Cancel);

        Assert.Equal(("Healthy", HttpStatusCode.OK), await RedisReadinessAsync(nodes.A));
        Assert.Equal(("Healthy", HttpStatusCode.OK), await RedisReadinessAsync(nodes.B));
        await ChangePhoneOnAAndSeeItOnBAsync("565 000 202");
    }

    /// <summary>B caches its home page, A saves a new phone number and evicts: B shows the new number once it applied A's message.</summary>
    private async Task ChangePhoneOnAAndSeeItOnBAsync(string phone)
    {
        var onB = nodes.B.CreateClient(handleCookies: false);
        (await onB.GetAsync("/", Cancel)).Dispose();
        Assert.DoesNotContain(phone, await onB.GetStringAsync("/", Cancel));

        var applied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var listener = nodes.B.Services.GetRequiredService<RedisEvictionListener>();
        void OnApplied(string message)
        {
            if (message == EvictionMessages.PublicPages)
            {
                applied.TrySetResult();
            }
        }
        listener.Applied += OnApplied;
        try
        {
            await nodes.A.InScopeAsync(async sp =>
            {
                var store = sp.GetRequiredService<SiteSettingsStore>();
                var settings = await store.GetAsync<SiteSettings>(Cancel);
                await store.SaveAsync(settings with { Phone = phone }, Cancel);
                await sp.GetRequiredService<PublicPageCacheInvalidator>().InvalidateAsync(Cancel);
                return true;
            });
            await applied.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        }
        finally
        {
            listener.Applied -= OnApplied;
        }
        Assert.Contains(phone, await onB.GetStringAsync("/", Cancel));
    }

    private static async Task<(string Status, HttpStatusCode Code)> RedisReadinessAsync(PortalApp node)
    {
        using var response = await node.CreateClient().GetAsync("/health/ready", Cancel);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var redis = json.RootElement.GetProperty("checks").GetProperty(RedisReadinessCheck.Name);
        return (redis.GetProperty("status").GetString()!, response.StatusCode);
    }

    private static Task Lost(PortalApp node)
    {
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var multiplexer = node.Services.GetRequiredService<RedisConnection>().Multiplexer;
        multiplexer.ConnectionFailed += (_, _) => lost.TrySetResult();
        return lost.Task;
    }

    /// <summary>Completes when the node's subscription is back (its evictions are followed again).</summary>
    private static Task Restored(PortalApp node)
    {
        var back = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        node.Services.GetRequiredService<RedisConnection>().Restored += () => back.TrySetResult();
        return back.Task;
    }
}
