using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Tests.Mail;

namespace Pelhrimov.Tests.Citizens;

/// <summary>Registration with e-mail and password over real HTTP and real SMTP: form, e-mail, confirmation, sign-in.</summary>
public sealed partial class RegistrationTests(RegistrationTests.Site site) : IClassFixture<RegistrationTests.Site>
{
    private const string Password = "Registrace-Heslo-2026";

    private SmtpTestServer Smtp => site.Smtp;

    private PortalApp App => site.App;

    /// <summary>One app delivering to one SMTP server for the class: each test registers addresses of its own.</summary>
    public sealed class Site() : MailingPortalApp(CitizenPasswordFormsUnlimited());

    [Fact]
    public async Task A_registered_address_is_confirmed_by_the_link_in_the_email_before_the_first_sign_in()
    {
        var client = App.CreateClient(allowAutoRedirect: false);
        using var registered = await RegisterAsync(client, "petra@example.cz", Password, Password, agree: true);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/registrace/odeslano", registered.Headers.Location!.ToString());

        var account = await AccountAsync("petra@example.cz");
        Assert.NotNull(account);
        Assert.False(account.EmailConfirmed);
        Assert.NotNull(await App.InScopeAsync(s => s.GetRequiredService<CitizensDbContext>().Consents.FirstOrDefaultAsync(c => c.AccountId == account.Id)));

        using (var early = await SignInAsync(client, "petra@example.cz", Password))
        {
            Assert.Contains("Nejdřív potvrďte svou e-mailovou adresu", await early.Content.ReadAsStringAsync());
        }

        var mail = await Smtp.WaitForMessageAsync("petra@example.cz");
        Assert.Equal("Potvrzení registrace na portálu občana", mail.Subject);
        var link = new Uri(ConfirmationLink().Match(mail.TextBody).Value);
        Assert.Equal(App.BaseAddress.Authority, link.Authority);

        // Following the link only shows a button: a mail scanner fetching it confirms nothing.
        using (var shown = await client.GetAsync(link.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        }
        Assert.False((await AccountAsync("petra@example.cz"))!.EmailConfirmed);
        using (var confirmed = await AntiforgeryForm.PostAsync(client, link.PathAndQuery, new Dictionary<string, string?>(), "main form"))
        {
            Assert.Contains("Adresa potvrzena", await confirmed.Content.ReadAsStringAsync());
        }
        Assert.True((await AccountAsync("petra@example.cz"))!.EmailConfirmed);

        using var signedIn = await SignInAsync(client, "petra@example.cz", Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/muj-ucet", signedIn.Headers.Location!.ToString());
        Assert.NotEmpty(await EidSignIn.AuditAsync(App, CitizenAuditActions.EmailConfirmed));
    }

    [Fact]
    public async Task A_tampered_confirmation_code_confirms_nothing()
    {
        var client = App.CreateClient(allowAutoRedirect: false);
        using var _ = await RegisterAsync(client, "falesny@example.cz", Password, Password, agree: true);
        var account = await AccountAsync("falesny@example.cz");
        using var response = await AntiforgeryForm.PostAsync(client, $"/registrace/potvrzeni?ucet={account!.Id}&kod=AAAA", new Dictionary<string, string?>(), "main form");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Odkaz pro potvrzení neplatí", await response.Content.ReadAsStringAsync());
        Assert.False((await AccountAsync("falesny@example.cz"))!.EmailConfirmed);
    }

    [Fact]
    public async Task Bad_input_gets_Czech_messages_and_stores_nothing()
    {
        var client = App.CreateClient(allowAutoRedirect: false);
        using var response = await RegisterAsync(client, "spatny@example.cz", "kratke", "jine", agree: false);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Hesla se neshodují.", html);
        Assert.Contains("Pro registraci je potřeba souhlas se zpracováním osobních údajů.", html);
        Assert.Null(await AccountAsync("spatny@example.cz"));

        using var weak = await RegisterAsync(client, "slabe@example.cz", "kratke", "kratke", agree: true);
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Null(await AccountAsync("slabe@example.cz"));
    }

    [Fact]
    public async Task Registering_a_known_address_answers_the_same_and_tells_only_the_owner()
    {
        var client = App.CreateClient(allowAutoRedirect: false);
        await EidSignIn.RegisteredAccountAsync(App, "existujici@example.cz", Password);
        using var response = await RegisterAsync(client, "existujici@example.cz", Password, Password, agree: true);
        Assert.Equal("/registrace/odeslano", response.Headers.Location!.ToString());
        var mail = await Smtp.WaitForMessageAsync("existujici@example.cz");
        Assert.Contains("Účet s ní už ale máte", mail.TextBody);
        Assert.Single(await App.InScopeAsync(s => s.GetRequiredService<CitizensDbContext>().Users.Where(a => a.Email == "existujici@example.cz").ToListAsync()));
    }

    [Fact]
    public async Task The_confirmation_link_lives_as_long_as_its_email_says()
    {
        var client = App.CreateClient(allowAutoRedirect: false);
        using var registered = await RegisterAsync(client, "doba@example.cz", Password, Password, agree: true);
        var mail = await Smtp.WaitForMessageAsync("doba@example.cz");
        var promised = TimeSpan.FromHours(int.Parse(Regex.Match(mail.TextBody, @"Odkaz platí (\d+) hodin").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

        // The lifespan of the provider that issues and checks the very tokens in these links.
        var lifespan = await App.InScopeAsync(s =>
        {
            var descriptor = s.GetRequiredService<IOptions<IdentityOptions>>().Value.Tokens.ProviderMap[Pelhrimov.Citizens.CitizenTokens.Provider];
            var provider = (DataProtectorTokenProvider<CitizenAccount>)s.GetRequiredService(descriptor.ProviderType!);
            // Options is protected; read it from the very instance UserManager uses.
            var options = (DataProtectionTokenProviderOptions)typeof(DataProtectorTokenProvider<CitizenAccount>)
                .GetProperty("Options", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(provider)!;
            return Task.FromResult(options.TokenLifespan);
        });

        Assert.Equal(TimeSpan.FromHours(24), promised);
        Assert.Equal(promised, lifespan);
    }

    [Fact]
    public async Task A_new_confirmation_email_can_be_asked_for_and_the_answer_does_not_tell_whether_the_address_is_registered()
    {
        await EidSignIn.RegisteredAccountAsync(App, "znovu@example.cz", Password, confirmed: false);
        await EidSignIn.RegisteredAccountAsync(App, "potvrzena@example.cz", Password);
        var client = App.CreateClient(allowAutoRedirect: false);

        var answers = new List<string>();
        foreach (var address in new[] { "znovu@example.cz", "potvrzena@example.cz", "nikdo@example.cz", "znovu@example.cz" })
        {
            using var response = await AntiforgeryForm.PostAsync(client, "/registrace/znovu",
                new Dictionary<string, string?> { ["Email"] = address }, "main form[action='/registrace/znovu']");
            answers.Add($"{(int)response.StatusCode} {response.Headers.Location}");
        }

        Assert.All(answers, a => Assert.Equal("302 /registrace/znovu/odeslano", a));
        var mail = await Smtp.WaitForMessageAsync("znovu@example.cz");
        var link = new Uri(ConfirmationLink().Match(mail.TextBody).Value);
        using (var confirmed = await AntiforgeryForm.PostAsync(client, link.PathAndQuery, new Dictionary<string, string?>(), "main form"))
        {
            Assert.Contains("Adresa potvrzena", await confirmed.Content.ReadAsStringAsync());
        }
        // One message: the second request came within the resend interval; none for the confirmed or unknown address.
        Assert.Single(await App.OutboxForAsync("znovu@example.cz"));
        Assert.Empty(await App.OutboxForAsync("potvrzena@example.cz"));
        Assert.Empty(await App.OutboxForAsync("nikdo@example.cz"));
    }

    [Fact]
    public async Task Asking_for_a_new_confirmation_email_without_a_valid_address_gets_a_Czech_message()
    {
        var client = App.CreateClient(allowAutoRedirect: false);
        using var response = await AntiforgeryForm.PostAsync(client, "/registrace/znovu",
            new Dictionary<string, string?> { ["Email"] = "neni-adresa" }, "main form[action='/registrace/znovu']");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Zadejte platnou e-mailovou adresu", await response.Content.ReadAsStringAsync());
    }

    private Task<CitizenAccount?> AccountAsync(string email) =>
        App.InScopeAsync(s => s.GetRequiredService<CitizensDbContext>().Users.AsNoTracking().FirstOrDefaultAsync(a => a.Email == email));

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string password, string confirm, bool agree) =>
        AntiforgeryForm.PostAsync(client, "/registrace", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirm,
            ["Input.Agree"] = agree ? "true" : null,
        }, "main form[action='/registrace']");

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        AntiforgeryForm.PostAsync(client, "/prihlaseni", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }, "form[action='/prihlaseni']");

    [GeneratedRegex(@"https?://\S+/registrace/potvrzeni\?\S+")]
    private static partial Regex ConfirmationLink();
}
