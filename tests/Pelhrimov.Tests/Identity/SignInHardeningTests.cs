using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Domain;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Tests.Identity;

/// <summary>Staff sign-in against guessing and enumeration (issue 17): one answer and one cost for every failure, a throttle
/// instead of a lockout, and sessions that end on the server.</summary>
public sealed class SignInHardeningTests(SignInTestApp<StaffUser> fixture) : IClassFixture<SignInTestApp<StaffUser>>
{
    private const string WrongPassword = "Spatne-Heslo-2026";

    private readonly PortalApp app = fixture.Portal;

    [Fact]
    public async Task An_unknown_email_gets_the_same_answer_and_costs_the_same_password_check_as_a_wrong_password()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var client = app.CreateClient();

        var (knownErrors, knownChecks) = await AttemptAsync(client, member.Email, WrongPassword);
        var (unknownErrors, unknownChecks) = await AttemptAsync(client, $"nikdo-{Guid.NewGuid():N}@test.cz", WrongPassword);

        Assert.Equal(PasswordRules.FailedSignInMessage, knownErrors);
        Assert.Equal(knownErrors, unknownErrors);
        Assert.Equal(1, knownChecks);
        Assert.Equal(1, unknownChecks);
    }

    [Fact]
    public async Task Wrong_passwords_make_the_owner_wait_a_moment_but_never_lock_the_account()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var client = app.CreateClient();
        for (var i = 0; i <= PasswordRules.FreeFailures; i++)
        {
            using var _ = await client.PostSignInAsync(member.Email, WrongPassword);
        }

        // Throttled: even the right password gets the one answer, and it is not checked (so guessing gains nothing).
        var (throttledErrors, throttledChecks) = await AttemptAsync(client, member.Email, member.Password);
        Assert.Equal(PasswordRules.FailedSignInMessage, throttledErrors);
        Assert.Equal(1, throttledChecks);

        fixture.Clock.Advance(PasswordRules.MaxThrottleDelay);
        using var right = await client.PostSignInAsync(member.Email, member.Password);

        Assert.Equal("/admin", right.LandedOn());
        Assert.DoesNotContain(await app.AuditOfAsync(member), a => a.Action == StaffAuditActions.LockedOut);
    }

    [Fact]
    public async Task A_copied_staff_cookie_stops_working_when_its_session_signs_out()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var jar = new CookieContainer();
        var browser = app.CreateClient(cookies: jar);
        await browser.SignInAsStaffAsync(member.Email, member.Password);
        var thief = app.CreateClient(cookies: Copy(jar));
        Assert.Equal("/admin", (await thief.GetAsync("/admin")).LandedOn());

        using var signedOut = await AntiforgeryForm.PostAsync(browser, "/admin", new Dictionary<string, string?>(), "form[action='/admin/odhlaseni']");

        Assert.Equal(StaffSignIn.Path, signedOut.LandedOn());
        Assert.Equal(StaffSignIn.Path, (await thief.GetAsync("/admin")).LandedOn());
    }

    [Fact]
    public async Task A_role_change_ends_the_open_session_at_once()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var client = await app.CreateStaffClientAsync(member.Email, member.Password);
        Assert.Equal("/admin/obsah", (await client.GetAsync("/admin/obsah")).LandedOn());

        await app.InScopeAsync(async sp =>
        {
            var user = (await sp.GetRequiredService<UserManager<StaffUser>>().FindByIdAsync(member.Id.ToString()))!;
            return await sp.GetRequiredService<StaffAccounts>().SetRolesAsync(user, [StaffRoles.Clerk]);
        });

        Assert.Equal(StaffSignIn.Path, (await client.GetAsync("/admin/obsah")).LandedOn());
    }

    private async Task<(string Errors, int Checks)> AttemptAsync(HttpClient client, string email, string password)
    {
        var before = fixture.Hasher.Verifications;
        using var response = await client.PostSignInAsync(email, password);
        Assert.Equal(StaffSignIn.Path, response.LandedOn());
        var errors = (await response.ReadHtmlAsync()).QuerySelector("#Email-error")!.TextContent.Trim();
        return (errors, fixture.Hasher.Verifications - before);
    }

    internal static CookieContainer Copy(CookieContainer jar)
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in jar.GetAllCookies())
        {
            copy.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }
        return copy;
    }
}

/// <summary>The per-address limit of staff sign-in, on an app of its own (it exhausts a budget).</summary>
public sealed class StaffSignInRateLimitTests
{
    [Fact]
    public async Task Sign_in_attempts_over_the_per_address_limit_get_429()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { [Pelhrimov.Identity.Startup.SignInAttemptsKey] = "3" },
        });
        var client = app.CreateClient(allowAutoRedirect: false);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostSignInAsync($"nikdo{i}@test.cz", "Spatne-Heslo-2026");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
