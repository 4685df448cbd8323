using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Domain;

namespace Pelhrimov.Tests.Identity;

/// <summary>Staff sign-in with e-mail and password over real HTTP: where it leads, what it refuses, what it records.</summary>
public sealed class SignInTests(SharedPortalApp app)
{
    private const string WrongPassword = "Spatne-Heslo-2026";

    [Fact]
    public async Task Signing_in_with_the_right_password_lands_on_the_admin_home()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var jar = new CookieContainer();
        var client = app.CreateClient(cookies: jar);

        using var response = await AntiforgeryForm.PostAsync(client, StaffSignIn.Path,
            new Dictionary<string, string?> { ["Email"] = member.Email, ["Password"] = member.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/admin", response.LandedOn());
        Assert.True(app.HasStaffSession(jar));
    }

    [Fact]
    public async Task A_wrong_password_shows_the_Czech_message_and_an_error_summary_and_sets_no_staff_cookie()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var jar = new CookieContainer();
        var client = app.CreateClient(cookies: jar);

        using var response = await client.PostSignInAsync(member.Email, WrongPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(StaffSignIn.Path, response.LandedOn());
        var page = await response.ReadHtmlAsync();
        Assert.Contains(PasswordRules.FailedSignInMessage, page.QuerySelector(".error-summary a[href='#Email']")!.TextContent);
        Assert.Equal(PasswordRules.FailedSignInMessage, page.QuerySelector("#Email-error")!.TextContent.Trim());
        Assert.False(app.HasStaffSession(jar));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    public async Task An_off_site_return_address_is_ignored_after_sign_in(string returnUrl)
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var client = app.CreateClient(allowAutoRedirect: false);

        using var response = await client.PostSignInAsync(member.Email, member.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_anonymous_visitor_of_the_content_admin_is_sent_to_sign_in_and_comes_back_after_it()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var raw = app.CreateClient(allowAutoRedirect: false);

        using var anonymous = await raw.GetAsync("/admin/obsah");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        var signIn = new Uri(app.BaseAddress, anonymous.Headers.Location!);
        Assert.Equal(StaffSignIn.Path, signIn.AbsolutePath);
        Assert.Equal("?ReturnUrl=%2Fadmin%2Fobsah", signIn.Query);

        var client = app.CreateClient();
        using var form = await AntiforgeryForm.PostAsync(client, signIn.PathAndQuery,
            new Dictionary<string, string?> { ["Email"] = member.Email, ["Password"] = member.Password });
        Assert.Equal("/admin/obsah", form.LandedOn());
    }

    [Fact]
    public async Task The_staff_cookie_is_HttpOnly_SameSite_Lax_and_sent_to_the_admin_only()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var client = app.CreateClient(allowAutoRedirect: false);

        using var response = await client.PostSignInAsync(member.Email, member.Password);

        Assert.True(response.Headers.TryGetValues(HeaderNames.SetCookie, out var headers));
        var cookie = Assert.Single(SetCookieHeaderValue.ParseList(headers.ToList()), c => c.Name == "portal.staff");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteMode.Lax, cookie.SameSite);
        Assert.Equal("/admin", cookie.Path.Value);
    }

    [Fact]
    public async Task Every_sign_in_success_and_failure_is_in_the_audit_log()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Clerk);
        var unknown = $"nikdo-{Guid.NewGuid():N}@test.cz";
        var client = app.CreateClient();

        using (await client.PostSignInAsync(member.Email, WrongPassword))
        using (await client.PostSignInAsync(unknown, WrongPassword))
        using (await client.PostSignInAsync(member.Email, member.Password))
        {
        }

        var entries = await app.AuditOfAsync(member);
        Assert.Equal(
            [StaffAuditActions.UserCreated, StaffAuditActions.SignInFailed, StaffAuditActions.SignIn],
            entries.Select(a => a.Action));
        Assert.All(entries.Skip(1), a => Assert.Equal(member.Email, a.Actor));
        var unknownEntries = await app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().AuditEntries
            .Where(a => a.Actor == unknown).ToListAsync());
        var failed = Assert.Single(unknownEntries);
        Assert.Equal(StaffAuditActions.SignInFailed, failed.Action);
        Assert.Null(failed.EntityId);
    }
}
