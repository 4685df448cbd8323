using System.Net;
using System.Text.RegularExpressions;
using Pelhrimov.Tests.Citizens;

namespace Pelhrimov.Tests.Core.Hosting;

/// <summary>Links in e-mails come from <c>App:PublicUrl</c> or the listening address, never from the request's <c>Host</c> header.</summary>
[SameOnEveryDatabase]
public sealed partial class PublicAddressTests
{
    private const string EvilHost = "evil.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_public_address_emailed_links_use_the_listening_address_whatever_Host_the_request_names()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { Smtp = smtp });

        var reset = await RequestPasswordResetAsync(app, EvilHost);
        Assert.Equal(app.BaseAddress.Authority, (await LinkInMailAsync(smtp, reset, StaffResetLink())).Authority);

        var citizen = $"obcan-{Guid.NewGuid():N}@example.cz";
        await RegisterAsync(app, citizen, EvilHost);
        Assert.Equal(app.BaseAddress.Authority, (await LinkInMailAsync(smtp, citizen, ConfirmationLink())).Authority);
    }

    [Fact]
    public async Task With_a_public_address_emailed_links_use_it_and_requests_for_other_hosts_are_refused()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Smtp = smtp,
            Settings = { ["App:PublicUrl"] = "https://portal.pelhrimov.example" },
        });

        var reset = await RequestPasswordResetAsync(app, host: null);
        var link = await LinkInMailAsync(smtp, reset, StaffResetLink());
        Assert.Equal("https://portal.pelhrimov.example/admin/nove-heslo", link.GetLeftPart(UriPartial.Path));

        using var evil = new HttpRequestMessage(HttpMethod.Get, "/");
        evil.Headers.Host = EvilHost;
        using var refused = await app.CreateClient().SendAsync(evil, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        using var own = new HttpRequestMessage(HttpMethod.Get, "/");
        own.Headers.Host = "portal.pelhrimov.example";
        using var served = await app.CreateClient().SendAsync(own, Cancel);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        // Loopback stays allowed for a monitor on the server itself.
        using var local = await app.CreateClient().GetAsync("/health", Cancel);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Fact]
    public async Task Production_refuses_to_start_without_a_public_address_and_says_which_setting_is_missing()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { ["environment"] = "Production" },
        }));
        Assert.Contains("App:PublicUrl is not set", failure.ToString());
    }

    [Fact]
    public async Task A_public_address_that_is_not_an_http_URL_stops_the_start_with_the_reason()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { ["App:PublicUrl"] = "portal.pelhrimov.example" },
        }));
        Assert.Contains("App:PublicUrl must be an absolute http or https address", failure.ToString());
    }

    private static async Task<string> RequestPasswordResetAsync(PortalApp app, string? host)
    {
        const string email = PortalApp.AdminEmail;
        var client = app.CreateClient();
        if (host is not null)
        {
            client.DefaultRequestHeaders.Host = host;
        }
        using var asked = await AntiforgeryForm.PostAsync(client, "/admin/zapomenute-heslo", new Dictionary<string, string?> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        return email;
    }

    private static async Task RegisterAsync(PortalApp app, string email, string host)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Host = host;
        using var registered = await RegistrationForm.PostAsync(client, email);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
    }

    private static async Task<Uri> LinkInMailAsync(SmtpTestServer smtp, string to, Regex link)
    {
        var mail = await smtp.WaitForMessageAsync(to);
        var match = link.Match(mail.TextBody);
        Assert.True(match.Success, $"No link in: {mail.TextBody}");
        return new Uri(match.Value);
    }

    [GeneratedRegex(@"https?://\S+/admin/nove-heslo\?\S+")]
    private static partial Regex StaffResetLink();

    [GeneratedRegex(@"https?://\S+/registrace/potvrzeni\?\S+")]
    private static partial Regex ConfirmationLink();
}
