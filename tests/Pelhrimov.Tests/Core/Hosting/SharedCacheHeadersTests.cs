using System.Net;
using Microsoft.Extensions.Configuration;
using Pelhrimov.Core.Caching;
using Pelhrimov.Tests.Citizens;

namespace Pelhrimov.Tests.Core.Hosting;

/// <summary>
/// What a shared cache in front of the nodes (nginx in deploy/cluster) is allowed to keep: anonymous public pages for a
/// second, and nothing that carries a cookie, a form's token or a signed-in visitor's header (ADR 0065).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SharedCacheHeadersTests(PortalApp app)
{
    private const string Public = "public, max-age=0, s-maxage=1";

    [Theory]
    [InlineData("/")]
    [InlineData("/aktuality")]
    [InlineData("/zivotni-situace")]
    public async Task An_anonymous_public_page_may_be_kept_by_a_shared_cache_for_a_second_and_not_by_the_browser(string url)
    {
        var client = app.CreateClient(handleCookies: false);
        // The first answer is rendered, the second comes from the node's output cache: both say the same.
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(Public, response.Headers.CacheControl?.ToString());
            Assert.Contains("Cookie", response.Headers.Vary);
            Assert.False(response.Headers.Contains("Set-Cookie"));
        }
    }

    [Fact]
    public async Task A_signed_in_citizens_page_is_never_marked_for_a_shared_cache()
    {
        var email = $"sdilena-cache-{Guid.NewGuid():N}@example.cz";
        const string password = "Zkouska-Heslo-2026!Cache";
        await EidSignIn.RegisteredAccountAsync(app, email, password);
        var client = app.CreateClient(allowAutoRedirect: false);
        using (var signIn = await AntiforgeryForm.PostAsync(client, "/prihlaseni",
            new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = password }, "form[action='/prihlaseni']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        // The anonymous copy is in the node's cache already (the test above, or this request without cookies).
        using (await app.CreateClient(handleCookies: false).GetAsync("/", TestContext.Current.CancellationToken)) { }
        using var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.Public ?? false, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Null(response.Headers.CacheControl?.SharedMaxAge);
    }

    [Theory]
    [InlineData("/prihlaseni")]                 // a form: its token is bound to the visitor's cookie
    [InlineData("/tato-stranka-neexistuje")]    // a 404, cached by the node but not offered to others
    [InlineData("/muj-ucet")]                   // a redirect to sign in
    public async Task Forms_errors_and_redirects_are_not_marked_for_a_shared_cache(string url)
    {
        using var response = await app.CreateClient(handleCookies: false, allowAutoRedirect: false)
            .GetAsync(url, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.CacheControl?.Public ?? false, $"{url} ({(int)response.StatusCode}): Cache-Control: {response.Headers.CacheControl}");
        Assert.Null(response.Headers.CacheControl?.SharedMaxAge);
    }

    [Theory]
    [InlineData("0", null)]
    [InlineData("5", "public, max-age=0, s-maxage=5")]
    public void A_town_sets_the_time_or_turns_it_off(string seconds, string? expected) =>
        Assert.Equal(expected, SharedCacheHeaders.Header(Settings(seconds)));

    [Theory]
    [InlineData("-1")]
    [InlineData("61")]
    public void A_time_out_of_range_is_refused_with_the_setting_named(string seconds)
    {
        var error = Assert.Throws<InvalidOperationException>(() => SharedCacheHeaders.Header(Settings(seconds)));
        Assert.Contains(SharedCacheHeaders.ConfigurationKey, error.Message);
    }

    private static IConfiguration Settings(string seconds) =>
        new ConfigurationBuilder().AddInMemoryCollection([new(SharedCacheHeaders.ConfigurationKey, seconds)]).Build();
}
