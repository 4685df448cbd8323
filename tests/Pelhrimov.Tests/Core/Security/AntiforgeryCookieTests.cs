namespace Pelhrimov.Tests.Core.Security;

/// <summary>The antiforgery cookie over HTTPS (behind the proxy, which says so in <c>X-Forwarded-Proto</c>) and over plain HTTP.</summary>
[Collection(PortalCollection.Name)]
public sealed class AntiforgeryCookieTests(PortalApp app)
{
    [Fact]
    public async Task Over_HTTPS_the_antiforgery_cookie_is_Secure_and_over_plain_HTTP_it_still_works()
    {
        var client = app.CreateClient(handleCookies: false);
        using var https = new HttpRequestMessage(HttpMethod.Get, "/admin/prihlaseni");
        https.Headers.Add("X-Forwarded-Proto", "https");

        using var overHttps = await client.SendAsync(https);
        using var overHttp = await client.GetAsync("/admin/prihlaseni");

        Assert.Contains("secure", AntiforgeryCookie(overHttps), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", AntiforgeryCookie(overHttp), StringComparison.OrdinalIgnoreCase);
    }

    private static string AntiforgeryCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.af=", StringComparison.Ordinal));
}
