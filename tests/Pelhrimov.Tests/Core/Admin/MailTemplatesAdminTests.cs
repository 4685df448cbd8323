using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Mail;
using Pelhrimov.Tests.Citizens;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Core.Admin;

/// <summary>Staff reword the e-mails the site sends at <c>/admin/sablony-e-mailu</c>; the town and the link are filled in
/// by the site, and a text that would lose the link or use an unknown field is refused in Czech.</summary>
public sealed class MailTemplatesAdminTests(PortalApp app) : IClassFixture<PortalApp>
{
    private const string ConfirmationPath = "/admin/sablony-e-mailu/account-confirmation";
    private const string Form = "form[action='" + ConfirmationPath + "']";

    [Fact]
    public async Task A_reworded_email_is_sent_in_the_new_words_and_can_go_back_to_the_default()
    {
        var staff = await app.CreateStaffClientAsync();
        var list = await staff.GetHtmlAsync("/admin/sablony-e-mailu");
        Assert.NotNull(list.QuerySelector($"a[href='{ConfirmationPath}']"));

        using (var saved = await AntiforgeryForm.PostAsync(staff, ConfirmationPath, new Dictionary<string, string?>
        {
            ["Subject"] = "Vítejte na portálu – {{ official_name }}",
            ["Body"] = "Milí sousedé,\n\nadresu potvrdíte zde: {{ link }}\n\nVaše {{ official_name }}",
        }, Form))
        {
            Assert.Equal("/admin/sablony-e-mailu", saved.LandedOn());
        }

        var reworded = await RegisterAndReadMailAsync("prvni-sablona@example.cz");
        Assert.Equal("Vítejte na portálu – Město Pelhřimov", reworded.Subject);
        Assert.StartsWith("Milí sousedé,", reworded.TextBody);
        Assert.Matches(@"adresu potvrdíte zde: https?://\S+/registrace/potvrzeni\?ucet=", reworded.TextBody);
        Assert.Contains("<a href=\"http", reworded.HtmlBody);

        using (var reset = await AntiforgeryForm.PostAsync(staff, ConfirmationPath, new Dictionary<string, string?>(),
            $"form[action='{ConfirmationPath}/vychozi']"))
        {
            Assert.Equal("/admin/sablony-e-mailu", reset.LandedOn());
        }
        var original = await RegisterAndReadMailAsync("druha-sablona@example.cz");
        Assert.Equal("Potvrzení registrace na portálu občana", original.Subject);
        Assert.Contains("děkujeme za registraci na portálu občana města Pelhřimova", original.TextBody);
    }

    [Theory]
    [InlineData("Adresu potvrdíte v aplikaci.", "Text musí obsahovat pole {{ link }}")]
    [InlineData("Odkaz: {{ link }} platí {{ doba }}.", "Pole {{ doba }} tento e-mail nezná")]
    [InlineData("", "Zadejte text e-mailu.")]
    public async Task A_text_that_would_break_the_email_gets_a_Czech_message_and_changes_nothing(string body, string message)
    {
        var staff = await app.CreateStaffClientAsync();

        using var refused = await AntiforgeryForm.PostAsync(staff, ConfirmationPath, new Dictionary<string, string?> { ["Body"] = body }, Form);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.Contains(message, page.QuerySelector("#Body-error")!.TextContent);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Body']"));
        var stored = await app.InScopeAsync(sp => sp.GetRequiredService<Pelhrimov.Core.Settings.SiteSettingsStore>().GetAsync<MailTemplateTexts>());
        Assert.False(stored.Texts.ContainsKey("account-confirmation"));
    }

    [Fact]
    public async Task An_unknown_email_has_no_page()
    {
        var staff = await app.CreateStaffClientAsync();

        using var missing = await staff.GetAsync("/admin/sablony-e-mailu/neexistuje");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<OutgoingMail> RegisterAndReadMailAsync(string email)
    {
        using (await RegistrationForm.PostAsync(app.CreateClient(), email, "Sablona-Heslo-2026"))
        {
        }
        // Queued in the registration's transaction: it is in the outbox when the answer arrives.
        return await app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().OutgoingMail.AsNoTracking().SingleAsync(m => m.To == email));
    }
}
