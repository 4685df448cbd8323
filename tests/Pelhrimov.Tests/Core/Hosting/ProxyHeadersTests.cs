using System.Net;

namespace Pelhrimov.Tests.Core.Hosting;

/// <summary><c>X-Forwarded-*</c> count only from the proxies in <c>App:TrustedProxies</c> (default: loopback), and only http/https.</summary>
/// <remarks>The tests with the default settings only read, with headers of their own client, so they share one app.</remarks>
[SameOnEveryDatabase]
public sealed class ProxyHeadersTests(SharedPortalApp shared)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_forged_X_Forwarded_For_from_an_untrusted_address_does_not_escape_the_per_address_limit()
    {
        // The test client is on loopback; trusting only another proxy makes it an ordinary, untrusted client.
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { ["App:TrustedProxies"] = "10.20.30.40", [Pelhrimov.Citizens.Startup.PasswordAttemptsKey] = "2" },
        });

        var statuses = await SignInAttemptsAsync(app, "198.51.100.1", "198.51.100.2", "198.51.100.3");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task The_address_a_trusted_proxy_forwards_is_the_clients_address_for_the_limit()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { [Pelhrimov.Citizens.Startup.PasswordAttemptsKey] = "2" },
        });

        var statuses = await SignInAttemptsAsync(app, "198.51.100.1", "198.51.100.1", "198.51.100.1", "198.51.100.2");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task A_trusted_proxy_list_that_cannot_be_read_stops_the_start_with_the_reason()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { ["App:TrustedProxies"] = "10.0.0.1, proxy.mesto.cz" },
        }));
        Assert.Contains("App:TrustedProxies: 'proxy.mesto.cz' is neither an IP address", failure.ToString());
    }

    [Theory]
    [InlineData("gopher")]
    [InlineData("https, javascript")]
    public async Task A_forwarded_scheme_other_than_http_or_https_is_ignored(string scheme)
    {
        var app = shared;
        var client = app.CreateClient(allowAutoRedirect: false);
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-Forwarded-Proto", scheme);

        using var home = await client.GetAsync("/", Cancel);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        // A page that needs a sign-in redirects to an absolute address built from the scheme.
        using var challenge = await client.GetAsync("/muj-ucet", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith(app.BaseAddress.GetLeftPart(UriPartial.Authority) + "/prihlaseni", challenge.Headers.Location!.AbsoluteUri);
    }

    [Fact]
    public async Task An_https_scheme_forwarded_by_a_trusted_proxy_is_the_requests_scheme()
    {
        var app = shared;
        var client = app.CreateClient(allowAutoRedirect: false);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "HTTPS");

        using var challenge = await client.GetAsync("/muj-ucet", Cancel);
        Assert.StartsWith("https://" + app.BaseAddress.Authority + "/prihlaseni", challenge.Headers.Location!.AbsoluteUri);
    }

    private static async Task<List<HttpStatusCode>> SignInAttemptsAsync(PortalApp app, params string[] forwardedFor)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var address in forwardedFor)
        {
            var client = app.CreateClient();
            client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
            using var response = await AntiforgeryForm.PostAsync(client, "/prihlaseni", new Dictionary<string, string?>
            {
                ["Input.Email"] = "nikdo@example.cz",
                ["Input.Password"] = "Spatne-Heslo-2026-nikdo",
            }, "form[action='/prihlaseni']");
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }
}
