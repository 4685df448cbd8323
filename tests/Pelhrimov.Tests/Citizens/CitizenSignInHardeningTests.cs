using System.Net;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Core.Security;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Citizens;

/// <summary>Citizen sign-in against guessing and enumeration, server-side sign-out and bounded eID flow cookies (issue 17).</summary>
public sealed class CitizenSignInHardeningTests(SignInTestApp<CitizenAccount> fixture) : IClassFixture<SignInTestApp<CitizenAccount>>
{
    private const string Password = "Heslo-Pro-Obcana-2026";

    private readonly PortalApp app = fixture.Portal;

    [Fact]
    public async Task An_unknown_email_gets_the_same_answer_and_costs_the_same_password_check_as_a_wrong_password()
    {
        await EidSignIn.RegisteredAccountAsync(app, "znama@example.cz", Password);
        var client = app.CreateClient(allowAutoRedirect: false);

        var (known, knownChecks) = await AttemptAsync(client, "znama@example.cz", "Spatne-Heslo-2026");
        var (unknown, unknownChecks) = await AttemptAsync(client, "neznama@example.cz", "Spatne-Heslo-2026");

        Assert.Equal(PasswordRules.FailedSignInMessage, known);
        Assert.Equal(known, unknown);
        Assert.Equal(1, knownChecks);
        Assert.Equal(1, unknownChecks);
    }

    [Fact]
    public async Task Wrong_passwords_make_the_owner_wait_a_moment_but_never_lock_the_account()
    {
        await EidSignIn.RegisteredAccountAsync(app, "zamek@example.cz", Password);
        var client = app.CreateClient(allowAutoRedirect: false);
        for (var i = 0; i <= PasswordRules.FreeFailures; i++)
        {
            using var _ = await PasswordAsync(client, "zamek@example.cz", "Spatne-Heslo-" + i);
        }

        var (throttled, _) = await AttemptAsync(client, "zamek@example.cz", Password);
        Assert.Equal(PasswordRules.FailedSignInMessage, throttled);

        fixture.Clock.Advance(PasswordRules.MaxThrottleDelay);
        using var right = await PasswordAsync(client, "zamek@example.cz", Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/muj-ucet", right.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_copied_citizen_cookie_stops_working_after_sign_out()
    {
        await EidSignIn.RegisteredAccountAsync(app, "kopie@example.cz", Password);
        var jar = new CookieContainer();
        var browser = app.CreateClient(allowAutoRedirect: false, cookies: jar);
        using (var signedIn = await PasswordAsync(browser, "kopie@example.cz", Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        var thief = app.CreateClient(allowAutoRedirect: false, cookies: SignInHardeningTests.Copy(jar));
        Assert.True(await EidSignIn.IsSignedInAsync(thief));

        using (var signedOut = await AntiforgeryForm.PostAsync(browser, "/odhlaseni", new Dictionary<string, string?>(), "form[action='/odhlaseni']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }

        Assert.False(await EidSignIn.IsSignedInAsync(browser));
        Assert.False(await EidSignIn.IsSignedInAsync(thief));
    }

    [Fact]
    public async Task Starting_eID_sign_in_again_and_again_leaves_one_pair_of_flow_cookies_and_the_last_start_still_works()
    {
        var jar = new CookieContainer();
        var client = app.CreateClient(allowAutoRedirect: false, cookies: jar);
        for (var i = 0; i < 5; i++)
        {
            using var start = await client.GetAsync("/prihlaseni/eid");
            Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        }

        var callback = new Uri(app.BaseAddress, "/prihlaseni/eid/navrat");
        var flowCookies = jar.GetCookies(callback).Select(c => c.Name).Where(n => n.StartsWith("portal.nia.", StringComparison.Ordinal)).ToList();
        Assert.Single(flowCookies, n => n.StartsWith("portal.nia.nonce.", StringComparison.Ordinal));
        Assert.Single(flowCookies, n => n.StartsWith("portal.nia.correlation.", StringComparison.Ordinal));

        Assert.Equal("/muj-ucet", await EidSignIn.SignInAsync(client, "jan-novak"));
    }

    private async Task<(string Errors, int Checks)> AttemptAsync(HttpClient client, string email, string password)
    {
        var before = fixture.Hasher.Verifications;
        using var response = await PasswordAsync(client, email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await response.ReadHtmlAsync()).QuerySelector(".field-error")!.TextContent.Trim();
        return (errors, fixture.Hasher.Verifications - before);
    }

    private static Task<HttpResponseMessage> PasswordAsync(HttpClient client, string email, string password) =>
        AntiforgeryForm.PostAsync(client, "/prihlaseni", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }, "form[action='/prihlaseni']");
}
