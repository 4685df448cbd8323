using System.Net;
using System.Text.RegularExpressions;
using Pelhrimov.Core.Mail;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Domain;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Mail;

/// <summary>"Zapomenuté heslo" over real HTTP and real SMTP: request, e-mail, link, new password, sign-in.</summary>
// One app delivering to one SMTP server for the class: each test resets the password of a new staff member.
public sealed partial class StaffPasswordResetTests(MailingPortalApp site) : IClassFixture<MailingPortalApp>
{
    private const string NewPassword = "Nove-Heslo-Pelhrimov-2027";
    private const string Neutral = "Pokud zadaná adresa patří k účtu v administraci, poslali jsme na ni odkaz";

    private SmtpTestServer Smtp => site.Smtp;

    private PortalApp App => site.App;

    [Fact]
    public async Task A_staff_member_sets_a_new_password_with_the_link_from_the_email_and_signs_in_with_it()
    {
        var member = await App.CreateStaffAsync(StaffRoles.Editor);
        var client = App.CreateClient();
        var signIn = await client.GetHtmlAsync(StaffSignIn.Path);
        Assert.Equal("/admin/zapomenute-heslo", signIn.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Zapomenuté heslo").GetAttribute("href"));

        using var asked = await AntiforgeryForm.PostAsync(client, "/admin/zapomenute-heslo", new Dictionary<string, string?> { ["Email"] = member.Email });
        Assert.Equal("/admin/zapomenute-heslo/odeslano", asked.LandedOn());
        Assert.Contains(Neutral, (await asked.ReadHtmlAsync()).QuerySelector("main")!.TextContent);

        var mail = await Smtp.WaitForMessageAsync(member.Email);
        Assert.StartsWith("Nastavení nového hesla do administrace", mail.Subject);
        var link = new Uri(ResetLink().Match(mail.TextBody).Value);
        Assert.Equal(App.BaseAddress.Authority, link.Authority);
        Assert.Contains(link.AbsoluteUri, mail.Message.HtmlBody!.Replace("&amp;", "&"));

        // The policy and the confirmation are checked in Czech, next to the fields.
        using var weak = await AntiforgeryForm.PostAsync(client, link.PathAndQuery, new Dictionary<string, string?>
        {
            ["NewPassword"] = "kratke",
            ["ConfirmPassword"] = "jine",
        });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        var errors = await weak.ErrorsOnAsync();
        Assert.Contains("Heslo musí mít alespoň 12 znaků.", errors);
        Assert.Contains("Hesla se neshodují.", errors);

        using var done = await AntiforgeryForm.PostAsync(client, link.PathAndQuery, new Dictionary<string, string?>
        {
            ["NewPassword"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        });
        Assert.Equal(StaffSignIn.Path, done.LandedOn());
        Assert.Contains("Nové heslo je nastavené.", (await done.ReadHtmlAsync()).QuerySelector("main")!.TextContent);

        await App.CreateClient().SignInAsStaffAsync(member.Email, NewPassword);
        await Assert.ThrowsAsync<InvalidOperationException>(() => App.CreateClient().SignInAsStaffAsync(member.Email, member.Password));

        // The link works once.
        using var again = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Odkaz už neplatí", (await again.ReadHtmlAsync()).QuerySelector("h1")!.TextContent);

        var audit = (await App.AuditOfAsync(member)).Select(a => a.Action).ToList();
        Assert.Contains(StaffAuditActions.PasswordResetRequested, audit);
        Assert.Equal(StaffAuditActions.PasswordReset, audit.Last(a => a != StaffAuditActions.SignIn && a != StaffAuditActions.SignInFailed));
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_email()
    {
        var member = await App.CreateStaffAsync(StaffRoles.Editor);
        var unknown = MailTesting.NewAddress("nikdo");
        var client = App.CreateClient();

        using var forUnknown = await AntiforgeryForm.PostAsync(client, "/admin/zapomenute-heslo", new Dictionary<string, string?> { ["Email"] = unknown });
        using var forKnown = await AntiforgeryForm.PostAsync(client, "/admin/zapomenute-heslo", new Dictionary<string, string?> { ["Email"] = member.Email });

        Assert.Equal(forKnown.LandedOn(), forUnknown.LandedOn());
        Assert.Equal((await forKnown.ReadHtmlAsync()).QuerySelector("main")!.TextContent, (await forUnknown.ReadHtmlAsync()).QuerySelector("main")!.TextContent);
        await Smtp.WaitForMessageAsync(member.Email);
        Assert.Empty(await App.OutboxForAsync(unknown));
        Assert.Empty(Smtp.MessagesTo(unknown));
    }

    [Fact]
    public async Task Asking_again_within_minutes_sends_no_second_email()
    {
        var member = await App.CreateStaffAsync(StaffRoles.Editor);
        var client = App.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var asked = await AntiforgeryForm.PostAsync(client, "/admin/zapomenute-heslo", new Dictionary<string, string?> { ["Email"] = member.Email });
            Assert.Equal("/admin/zapomenute-heslo/odeslano", asked.LandedOn());
        }

        await Smtp.WaitForMessageAsync(member.Email);
        var outbox = await App.OutboxForAsync(member.Email);
        Assert.Single(outbox);
        Assert.Equal("staff-password-reset", outbox[0].Category);
    }

    [Fact]
    public async Task A_missing_or_malformed_address_is_refused_in_Czech_next_to_the_field()
    {
        var client = App.CreateClient();

        using var response = await AntiforgeryForm.PostAsync(client, "/admin/zapomenute-heslo", new Dictionary<string, string?> { ["Email"] = "bez-zavinace" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/admin/zapomenute-heslo", response.LandedOn());
        Assert.Contains("Zadejte e-mail ve tvaru jmeno@example.cz.", await response.ErrorsOnAsync());
    }

    [Fact]
    public async Task A_forged_token_gets_the_invalid_link_page()
    {
        var member = await App.CreateStaffAsync(StaffRoles.Editor);

        using var response = await App.CreateClient().GetAsync($"/admin/nove-heslo?uzivatel={member.Id}&token=padelek");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Odkaz už neplatí", (await response.ReadHtmlAsync()).QuerySelector("h1")!.TextContent);
    }

    [GeneratedRegex(@"http://\S+/admin/nove-heslo\?\S+")]
    private static partial Regex ResetLink();
}
