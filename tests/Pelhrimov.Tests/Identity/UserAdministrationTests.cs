using System.Net;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity;
using Pelhrimov.Identity.Domain;

namespace Pelhrimov.Tests.Identity;

/// <summary>An administrator changes other people's accounts on <c>/admin/uzivatele/{id}</c>: a new password, name and e-mail.</summary>
public sealed class UserAdministrationTests(SharedPortalApp app)
{
    private const string NewPassword = "Nove-Heslo-Od-Spravce-2026";

    [Fact]
    public async Task An_administrator_sets_a_new_password_which_then_works_instead_of_the_old_one()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var admin = await app.CreateStaffClientAsync();

        using var response = await ResetPasswordAsync(app, admin, member, NewPassword, NewPassword);

        Assert.Equal($"/admin/uzivatele/{member.Id}", response.LandedOn());
        Assert.Equal(StaffSignIn.Path, (await app.CreateClient().PostSignInAsync(member.Email, member.Password)).LandedOn());
        await app.CreateClient().SignInAsStaffAsync(member.Email, NewPassword);
        var reset = Assert.Single(await app.AuditOfAsync(member), a => a.Action == StaffAuditActions.PasswordReset);
        Assert.Equal(PortalApp.AdminEmail, reset.Actor);
    }

    [Theory]
    [InlineData("kratke", "kratke", "Heslo musí mít alespoň 12 znaků.")]
    [InlineData("jen-mala-pismena-2026", "jen-mala-pismena-2026", "Heslo musí obsahovat alespoň jedno velké písmeno (A–Z).")]
    [InlineData(NewPassword, "Jine-Heslo-Od-Spravce-2026", "Hesla se neshodují.")]
    public async Task A_new_password_against_the_policy_is_refused_in_Czech_and_the_old_one_stays(string password, string confirmation, string message)
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var admin = await app.CreateStaffClientAsync();

        using var response = await ResetPasswordAsync(app, admin, member, password, confirmation);

        Assert.Contains(message, await response.ErrorsOnAsync());
        var page = await response.ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector(".error-summary a[href^='#PasswordReset_']"));
        Assert.Null(page.QuerySelector("input[type=password][value]:not([value=''])"));
        await app.CreateClient().SignInAsStaffAsync(member.Email, member.Password);
    }

    [Fact]
    public async Task An_administrator_changes_a_name_and_e_mail_and_the_user_signs_in_with_the_new_e_mail()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Clerk);
        var admin = await app.CreateStaffClientAsync();
        var newEmail = $"prejmenovana-{Guid.NewGuid():N}@test.cz";

        using var response = await ChangeProfileAsync(admin, member, "Jana Přejmenovaná", newEmail);

        Assert.Equal($"/admin/uzivatele/{member.Id}", response.LandedOn());
        var stored = await app.StoredAsync(member);
        Assert.Equal(("Jana Přejmenovaná", newEmail, newEmail), (stored.DisplayName, stored.Email, stored.UserName));
        await app.CreateClient().SignInAsStaffAsync(newEmail, member.Password);
        Assert.Equal(StaffSignIn.Path, (await app.CreateClient().PostSignInAsync(member.Email, member.Password)).LandedOn());
        Assert.Contains(await app.AuditOfAsync(member), a => a.Action == StaffAuditActions.UserUpdated);
    }

    [Fact]
    public async Task An_e_mail_another_account_has_is_refused_once_in_Czech_and_nothing_changes()
    {
        var member = await app.CreateStaffAsync(StaffRoles.Clerk);
        var other = await app.CreateStaffAsync(StaffRoles.Editor);
        var admin = await app.CreateStaffClientAsync();

        using var response = await ChangeProfileAsync(admin, member, "Nové Jméno", other.Email.ToUpperInvariant());

        var page = await response.ReadHtmlAsync();
        Assert.Equal([$"Účet s e-mailem „{other.Email.ToUpperInvariant()}“ už existuje."],
            page.QuerySelectorAll(".error-summary li").Select(e => e.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Profile_Email']"));
        Assert.Equal("true", page.QuerySelector("#Profile_Email")!.GetAttribute("aria-invalid"));
        var stored = await app.StoredAsync(member);
        Assert.Equal((member.Email, "Zkušební Clerk"), (stored.Email, stored.DisplayName));
    }

    [Fact]
    public async Task A_new_account_with_an_e_mail_already_in_use_is_refused_once_in_Czech()
    {
        var other = await app.CreateStaffAsync(StaffRoles.Editor);
        var admin = await app.CreateStaffClientAsync();

        using var response = await AntiforgeryForm.PostAsync(admin, "/admin/uzivatele/novy", new Dictionary<string, string?>
        {
            ["DisplayName"] = "Dvojník",
            ["Email"] = other.Email,
            ["Password"] = NewPassword,
        }, "form[action='/admin/uzivatele/novy']");

        var page = await response.ReadHtmlAsync();
        Assert.Equal([$"Účet s e-mailem „{other.Email}“ už existuje."], page.QuerySelectorAll(".error-summary li").Select(e => e.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Email']"));
    }

    [Fact]
    public async Task The_administrators_own_page_sends_them_to_their_account_to_change_their_password()
    {
        var admin = await app.CreateStaffClientAsync();
        var self = await app.UsersAsync(users => users.FindByEmailAsync(PortalApp.AdminEmail));

        var page = await admin.GetHtmlAsync($"/admin/uzivatele/{self!.Id}");

        Assert.Null(page.QuerySelector($"form[action='/admin/uzivatele/{self.Id}/heslo']"));
        Assert.NotNull(page.QuerySelector("a[href='/admin/ucet/heslo']"));
    }

    [Fact]
    public async Task A_password_reset_by_an_administrator_ends_the_users_open_session()
    {
        // Sessions are checked against the account at every request here instead of once a minute.
        await using var quick = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { [Startup.SessionCheckIntervalKey] = "00:00:00" },
        });
        var member = await quick.CreateStaffAsync(StaffRoles.Editor);
        var session = quick.CreateClient(allowAutoRedirect: false);
        using (var signedIn = await session.PostSignInAsync(member.Email, member.Password))
        {
            Assert.Equal("/admin", signedIn.Headers.Location!.OriginalString);
        }
        using (var before = await session.GetAsync("/admin"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var reset = await ResetPasswordAsync(quick, await quick.CreateStaffClientAsync(), member, NewPassword, NewPassword);

        using var after = await session.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(StaffSignIn.Path, new Uri(quick.BaseAddress, after.Headers.Location!).AbsolutePath);
    }

    private static Task<HttpResponseMessage> ResetPasswordAsync(PortalApp app, HttpClient admin, StaffMember member, string password, string confirmation) =>
        AntiforgeryForm.PostAsync(admin, $"/admin/uzivatele/{member.Id}", new Dictionary<string, string?>
        {
            ["PasswordReset.NewPassword"] = password,
            ["PasswordReset.ConfirmPassword"] = confirmation,
        }, $"form[action='/admin/uzivatele/{member.Id}/heslo']");

    private static Task<HttpResponseMessage> ChangeProfileAsync(HttpClient admin, StaffMember member, string displayName, string email) =>
        AntiforgeryForm.PostAsync(admin, $"/admin/uzivatele/{member.Id}", new Dictionary<string, string?>
        {
            ["Profile.DisplayName"] = displayName,
            ["Profile.Email"] = email,
        }, $"form[action='/admin/uzivatele/{member.Id}/udaje']");
}
