namespace Pelhrimov.Tests.Core.Hosting;

[Collection(PortalCollection.Name)]
public sealed class SecurityHeadersTests(PortalApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/admin/prihlaseni")]
    [InlineData("/tato-stranka-neexistuje")]
    public async Task Pages_forbid_inline_scripts_and_framing(string url)
    {
        using var response = await app.CreateClient(allowAutoRedirect: false).GetAsync(url, TestContext.Current.CancellationToken);

        var csp = Directives(Header(response, "Content-Security-Policy"));
        Assert.True(csp.ContainsKey("script-src"), $"CSP of {url} has no script-src: {Header(response, "Content-Security-Policy")}");
        Assert.DoesNotContain("'unsafe-inline'", csp["script-src"]);
        Assert.DoesNotContain("'unsafe-eval'", csp["script-src"]);
        Assert.Equal(["'none'"], csp.GetValueOrDefault("frame-ancestors", []));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/prihlaseni")]
    public async Task Pages_forbid_content_sniffing_and_leaking_referrers(string url)
    {
        using var response = await app.CreateClient(allowAutoRedirect: false).GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        string[] safe = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];
        Assert.Contains(Header(response, "Referrer-Policy"), safe);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage!.RequestUri} has no {name} header.");

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0].ToLowerInvariant(), parts => parts[1..]);
}
