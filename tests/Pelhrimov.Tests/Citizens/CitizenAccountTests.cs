using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Citizens.Domain;

namespace Pelhrimov.Tests.Citizens;

/// <summary>Registered accounts: password sign-in, linking an eID, step-up, deleting the account.</summary>
public sealed class CitizenAccountTests(CitizenAccountTests.App fixture) : IClassFixture<CitizenAccountTests.App>
{
    /// <summary>The tests here sign in with passwords often; the per-address rate limit has a test of its own.</summary>
    public sealed class App : IAsyncLifetime
    {
        public PortalApp Portal { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Portal = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { [Pelhrimov.Citizens.Startup.PasswordAttemptsKey] = "1000" },
        });

        public ValueTask DisposeAsync() => Portal.DisposeAsync();
    }

    private readonly PortalApp app = fixture.Portal;

    private const string Password = "Heslo-Pro-Obcana-2026";

    [Fact]
    public async Task A_confirmed_account_signs_in_with_its_password()
    {
        await EidSignIn.RegisteredAccountAsync(app, "alena@example.cz", Password);
        var client = app.CreateClient(allowAutoRedirect: false);

        using var wrong = await PasswordAsync(client, "alena@example.cz", "Spatne-Heslo-2026");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("E-mail nebo heslo nejsou správné.", await wrong.Content.ReadAsStringAsync());

        using var right = await PasswordAsync(client, "alena@example.cz", Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/muj-ucet", right.Headers.Location!.ToString());
        var profile = await client.GetStringAsync("/muj-ucet");
        Assert.Contains("alena@example.cz", profile);
        Assert.Contains("e-mail a heslo", profile);
        Assert.NotEmpty(await EidSignIn.AuditAsync(app, CitizenAuditActions.SignInFailed));
    }

    [Fact]
    public async Task An_unconfirmed_address_cannot_sign_in()
    {
        await EidSignIn.RegisteredAccountAsync(app, "nepotvrzeny@example.cz", Password, confirmed: false);
        var client = app.CreateClient(allowAutoRedirect: false);
        using var response = await PasswordAsync(client, "nepotvrzeny@example.cz", Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nejdřív potvrďte svou e-mailovou adresu", await response.Content.ReadAsStringAsync());
        Assert.False(await EidSignIn.IsSignedInAsync(client));
    }

    [Fact]
    public async Task Empty_fields_get_Czech_messages_and_a_post_without_token_is_refused()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        using var empty = await PasswordAsync(client, "", "");
        var html = await empty.Content.ReadAsStringAsync();
        Assert.Contains("Zadejte e-mailovou adresu.", html);
        Assert.Contains("Zadejte heslo.", html);

        using var forged = await client.PostAsync("/prihlaseni", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "alena@example.cz",
            ["Input.Password"] = Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task A_first_eID_sign_in_links_to_a_registered_account_after_its_password()
    {
        var registered = await EidSignIn.RegisteredAccountAsync(app, "jan.novak@example.cz", Password);
        var client = app.CreateClient(allowAutoRedirect: false);
        using var callback = await EidSignIn.CallbackAsync(client, "jan-novak");
        var completion = callback.Headers.Location!.ToString();
        const string linkForm = "form[action^='/prihlaseni/propojit']";

        using (var wrong = await AntiforgeryForm.PostAsync(client, completion, new Dictionary<string, string?>
        {
            ["Link.Email"] = "jan.novak@example.cz", ["Link.Password"] = "Spatne-Heslo-2026", ["Link.Agree"] = "true",
        }, linkForm))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("E-mail nebo heslo nejsou správné.", await wrong.Content.ReadAsStringAsync());
        }
        Assert.Null((await Stored(registered.Id))!.PersonIdentifier);

        using var linked = await AntiforgeryForm.PostAsync(client, completion, new Dictionary<string, string?>
        {
            ["Link.Email"] = "jan.novak@example.cz", ["Link.Password"] = Password, ["Link.Agree"] = "true",
        }, linkForm);
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);

        var account = await Stored(registered.Id);
        Assert.StartsWith("CZ/CZ/", account!.PersonIdentifier);
        Assert.Equal("Novák", account.FamilyName);
        Assert.Single(await app.InScopeAsync(s => s.GetRequiredService<CitizensDbContext>().Users.Where(a => a.PersonIdentifier == account.PersonIdentifier).ToListAsync()));
        Assert.Contains(await EidSignIn.AuditAsync(app, CitizenAuditActions.Linked), e => e.EntityId == account.Id.ToString());
        var profile = await client.GetStringAsync("/muj-ucet");
        Assert.Contains("jan.novak@example.cz", profile);
        Assert.Contains("Masarykovo náměstí 12", profile);

        // The same person signing in with the password later must step up to eID before seeing personal data.
        var passwordOnly = app.CreateClient(allowAutoRedirect: false);
        using var signIn = await PasswordAsync(passwordOnly, "jan.novak@example.cz", Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var profileByPassword = await passwordOnly.GetAsync("/muj-ucet");
        Assert.Equal(HttpStatusCode.Redirect, profileByPassword.StatusCode);
        Assert.Equal("/prihlaseni/overeni?returnUrl=%2Fmuj-ucet", profileByPassword.Headers.Location!.ToString());
        var stepUp = await passwordOnly.GetStringAsync(profileByPassword.Headers.Location);
        Assert.Contains("Ověřit se přes Identitu občana", stepUp);
        Assert.DoesNotContain("Masarykovo náměstí 12", stepUp);
    }

    [Fact]
    public async Task Deleting_the_account_removes_personal_data_and_keeps_pseudonymous_records()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        await EidSignIn.SignInAsync(client, "tereza-dvorakova");
        var account = await EidSignIn.AccountAsync(app, "Tereza", "Dvořáková");
        Assert.NotNull(account);

        using (var unconfirmed = await AntiforgeryForm.PostAsync(client, "/muj-ucet/zrusit", new Dictionary<string, string?>(), "main form"))
        {
            Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
            Assert.Contains("Potvrďte, že chcete účet zrušit.", await unconfirmed.Content.ReadAsStringAsync());
        }
        Assert.NotNull(await Stored(account.Id));

        using var deleted = await AntiforgeryForm.PostAsync(client, "/muj-ucet/zrusit", new Dictionary<string, string?> { ["Confirm"] = "true" }, "main form");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await Stored(account.Id));
        Assert.Null(await EidSignIn.AccountAsync(app, "Tereza", "Dvořáková"));
        Assert.False(await EidSignIn.IsSignedInAsync(client));

        var consents = await app.InScopeAsync(s => s.GetRequiredService<CitizensDbContext>().Consents.Where(c => c.AccountId == account.Id).ToListAsync());
        Assert.NotEmpty(consents);
        var audit = Assert.Single(await EidSignIn.AuditAsync(app, CitizenAuditActions.Deleted), e => e.EntityId == account.Id.ToString());
        Assert.Equal(Pseudonyms.For(account.Id), audit.Actor);

        // Signing in again is a new account, with a new consent.
        var again = app.CreateClient(allowAutoRedirect: false);
        using var callback = await EidSignIn.CallbackAsync(again, "tereza-dvorakova");
        using var consentPage = await again.GetAsync(callback.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, consentPage.StatusCode);
    }

    private Task<CitizenAccount?> Stored(Guid id) =>
        app.InScopeAsync(s => s.GetRequiredService<CitizensDbContext>().Users.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id));

    private static Task<HttpResponseMessage> PasswordAsync(HttpClient client, string email, string password) =>
        AntiforgeryForm.PostAsync(client, "/prihlaseni", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }, "form[action='/prihlaseni']");
}

/// <summary>Session limits and the rate limit, each on an app of its own (they change timing or exhaust a budget).</summary>
public sealed class CitizenSessionLimitTests
{
    [Fact]
    public async Task A_session_ends_at_the_absolute_limit_however_busy()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { ["Citizens:AbsoluteTimeout"] = "00:00:03" },
        });
        var client = app.CreateClient(allowAutoRedirect: false);
        await EidSignIn.SignInAsync(client, "marie-svobodova");
        Assert.True(await EidSignIn.IsSignedInAsync(client));
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.False(await EidSignIn.IsSignedInAsync(client));
    }

    [Fact]
    public async Task Password_attempts_are_rate_limited_per_address()
    {
        await using var app = await PortalApp.StartAsync();
        var client = app.CreateClient(allowAutoRedirect: false);
        var form = await AntiforgeryForm.LoadAsync(client, "/prihlaseni", "form[action='/prihlaseni']");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            using var response = await form.SubmitAsync(client, new Dictionary<string, string?>
            {
                ["Input.Email"] = "nikdo@example.cz",
                ["Input.Password"] = "Spatne-Heslo-" + i,
            });
            statuses.Add(response.StatusCode);
        }
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        using var page = await client.GetAsync("/prihlaseni");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
