using System.Net;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Domain;

namespace Pelhrimov.Tests.Identity;

/// <summary>Two-step verification with an authenticator app (TOTP), set up and used through the real pages.</summary>
public sealed class TwoFactorTests(SharedPortalApp app)
{
    private const string SetupPage = "/admin/ucet/overovaci-aplikace";
    private const string CodePage = "/admin/prihlaseni/overeni";
    private const string RecoveryCodePage = "/admin/prihlaseni/zalozni-kod";

    [Fact]
    public async Task Turning_on_the_authenticator_with_a_code_from_the_app_shows_ten_recovery_codes()
    {
        var (member, _, recoveryCodes) = await MemberWithAuthenticatorAsync();

        Assert.Equal(10, recoveryCodes.Count);
        Assert.True((await app.StoredAsync(member)).TwoFactorEnabled);
        Assert.Contains(await app.AuditOfAsync(member), a => a.Action == StaffAuditActions.TwoFactorEnabled);
    }

    [Fact]
    public async Task With_the_authenticator_on_the_password_alone_leads_to_the_code_step_not_into_the_admin()
    {
        var (member, _, _) = await MemberWithAuthenticatorAsync();
        var client = app.CreateClient();

        using var response = await client.PostSignInAsync(member.Email, member.Password);

        Assert.Equal(CodePage, response.LandedOn());
        using var admin = await client.GetAsync("/admin");
        Assert.Equal(StaffSignIn.Path, admin.LandedOn());
    }

    [Fact]
    public async Task A_wrong_code_is_refused_with_a_Czech_message()
    {
        var (member, key, _) = await MemberWithAuthenticatorAsync();
        var client = await AtCodeStepAsync(member);

        using var response = await AntiforgeryForm.PostAsync(client, CodePage, new Dictionary<string, string?> { ["Code"] = Totp.Wrong(key) });

        Assert.Equal(CodePage, response.LandedOn());
        Assert.Contains("Kód není správný nebo už vypršel. Zadejte aktuální kód z aplikace.", await response.ErrorsOnAsync());
        Assert.Contains(await app.AuditOfAsync(member), a => a.Action == StaffAuditActions.TwoFactorFailed);
    }

    [Fact]
    public async Task The_right_code_lets_the_user_in()
    {
        var (member, key, _) = await MemberWithAuthenticatorAsync();
        var client = await AtCodeStepAsync(member);

        using var response = await AntiforgeryForm.PostAsync(client, CodePage, new Dictionary<string, string?> { ["Code"] = Totp.Now(key) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/admin", response.LandedOn());
        Assert.Contains(await app.AuditOfAsync(member), a => a.Action == StaffAuditActions.SignIn && a.Summary!.Contains("kód z aplikace"));
    }

    [Fact]
    public async Task A_recovery_code_lets_the_user_in_once()
    {
        var (member, _, recoveryCodes) = await MemberWithAuthenticatorAsync();
        var code = recoveryCodes[0];

        using (var used = await AntiforgeryForm.PostAsync(await AtCodeStepAsync(member), RecoveryCodePage,
                   new Dictionary<string, string?> { ["RecoveryCode"] = code }))
        {
            Assert.Equal("/admin", used.LandedOn());
        }

        var second = await AtCodeStepAsync(member);
        using var again = await AntiforgeryForm.PostAsync(second, RecoveryCodePage, new Dictionary<string, string?> { ["RecoveryCode"] = code });
        Assert.Equal(RecoveryCodePage, again.LandedOn());
        Assert.Contains("Záložní kód není správný nebo už byl použit.", await again.ErrorsOnAsync());
        Assert.Contains(await app.AuditOfAsync(member), a => a.Action == StaffAuditActions.RecoveryCodeUsed);
    }

    [Fact]
    public async Task Turning_the_authenticator_off_asks_for_the_current_password()
    {
        var (member, key, _) = await MemberWithAuthenticatorAsync();
        var client = await SignInWithCodeAsync(member, key);
        const string disablePage = SetupPage + "/vypnout";
        const string disableForm = $"form[action='{disablePage}']";

        using var wrong = await AntiforgeryForm.PostAsync(client, disablePage,
            new Dictionary<string, string?> { ["CurrentPassword"] = "Spatne-Heslo-2026" }, disableForm);
        Assert.Contains("Heslo není správné.", await wrong.ErrorsOnAsync());
        Assert.True((await app.StoredAsync(member)).TwoFactorEnabled);

        using var right = await AntiforgeryForm.PostAsync(client, disablePage,
            new Dictionary<string, string?> { ["CurrentPassword"] = member.Password }, disableForm);
        Assert.Equal("/admin/ucet", right.LandedOn());
        Assert.False((await app.StoredAsync(member)).TwoFactorEnabled);
        Assert.Contains(await app.AuditOfAsync(member), a => a.Action == StaffAuditActions.TwoFactorDisabled);
    }

    [Fact]
    public async Task Opening_the_authenticator_page_changes_nothing_and_keeps_the_session()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var client = await app.CreateStaffClientAsync(member.Email, member.Password);
        var stampBefore = (await app.StoredAsync(member)).SecurityStamp;

        var page = await client.GetHtmlAsync(SetupPage);

        Assert.Null(page.QuerySelector(".shared-key"));
        Assert.NotNull(page.QuerySelector($"form[action='{SetupPage}/klic'][method='post']"));
        var stored = await app.StoredAsync(member);
        Assert.Equal(stampBefore, stored.SecurityStamp);
        Assert.Null(await app.UsersAsync(users => users.GetAuthenticatorKeyAsync(stored)));
    }

    [Fact]
    public async Task Creating_the_key_by_its_button_keeps_the_session_and_shows_the_same_key_on_later_visits()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var client = await app.CreateStaffClientAsync(member.Email, member.Password);

        using var created = await AntiforgeryForm.PostAsync(client, SetupPage, new Dictionary<string, string?>(), $"form[action='{SetupPage}/klic']");

        Assert.Equal(SetupPage, created.LandedOn());
        var key = (await created.ReadHtmlAsync()).QuerySelector(".shared-key")!.TextContent;
        Assert.Equal(key, (await client.GetHtmlAsync(SetupPage)).QuerySelector(".shared-key")!.TextContent);
        Assert.Equal("/admin", (await client.GetAsync("/admin")).LandedOn());
    }

    /// <summary>A new account that turned the authenticator on through its own account pages; the key as the page showed it.</summary>
    private async Task<(StaffMember Member, string Key, IReadOnlyList<string> RecoveryCodes)> MemberWithAuthenticatorAsync()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var client = await app.CreateStaffClientAsync(member.Email, member.Password);
        using var created = await AntiforgeryForm.PostAsync(client, SetupPage, new Dictionary<string, string?>(), $"form[action='{SetupPage}/klic']");
        var setup = await created.ReadHtmlAsync();
        var key = setup.QuerySelector(".shared-key")!.TextContent;

        using var enabled = await AntiforgeryForm.PostAsync(client, SetupPage,
            new Dictionary<string, string?> { ["Code"] = Totp.Now(key) }, $"form[action='{SetupPage}']");

        var codes = (await enabled.ReadHtmlAsync()).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.NotEmpty(codes);
        return (member, key, codes);
    }

    /// <summary>A browser that gave the right password and now stands at the code step.</summary>
    private async Task<HttpClient> AtCodeStepAsync(StaffMember member)
    {
        var client = app.CreateClient();
        using var password = await client.PostSignInAsync(member.Email, member.Password);
        Assert.Equal(CodePage, password.LandedOn());
        return client;
    }

    private async Task<HttpClient> SignInWithCodeAsync(StaffMember member, string key)
    {
        var client = await AtCodeStepAsync(member);
        using var code = await AntiforgeryForm.PostAsync(client, CodePage, new Dictionary<string, string?> { ["Code"] = Totp.Now(key) });
        Assert.Equal("/admin", code.LandedOn());
        return client;
    }
}
