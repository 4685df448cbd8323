using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Citizens.Domain;

namespace Pelhrimov.Tests.Citizens;

/// <summary>The whole eID sign-in over real HTTP: portal → NIA simulator → portal, consent, account, profile, sign-out.</summary>
public sealed class EidSignInTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task First_sign_in_asks_for_consent_then_creates_the_account_from_NIA_attributes()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        using var callback = await EidSignIn.CallbackAsync(client, "marie-svobodova");
        var completion = callback.Headers.Location!.ToString();
        using (var consentPage = await client.GetAsync(completion))
        {
            Assert.Equal(HttpStatusCode.OK, consentPage.StatusCode);
            var html = await consentPage.Content.ReadAsStringAsync();
            Assert.Contains("Souhlas se zpracováním osobních údajů", html);
            Assert.Contains("Dobrý den, Marie", html);
        }
        Assert.Null(await EidSignIn.AccountAsync(app, "Marie", "Svobodová"));

        using var agreed = await EidSignIn.AgreeAsync(client, completion);
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        Assert.Equal("/muj-ucet", agreed.Headers.Location!.ToString());

        var account = await EidSignIn.AccountAsync(app, "Marie", "Svobodová");
        Assert.NotNull(account);
        Assert.StartsWith("CZ/CZ/", account.PersonIdentifier);
        Assert.Equal(new DateOnly(1988, 11, 2), account.DateOfBirth);
        Assert.Equal("Pražská 1617, 393 01 Pelhřimov", account.Address!.OneLine);
        Assert.Equal(IdentityLevel.Substantial, account.Level);
        Assert.Null(account.Email);

        var consents = await app.InScopeAsync(s => s.GetRequiredService<CitizensDbContext>().Consents.Where(c => c.AccountId == account.Id).ToListAsync());
        Assert.Equal(1, Assert.Single(consents).Version);
        var created = Assert.Single(await EidSignIn.AuditAsync(app, CitizenAuditActions.Created), e => e.EntityId == account.Id.ToString());
        Assert.Equal(account.Pseudonym, created.Actor);
        Assert.DoesNotContain("Svobodová", created.Actor + created.Summary);
        Assert.Contains(await EidSignIn.AuditAsync(app, CitizenAuditActions.SignIn), e => e.EntityId == account.Id.ToString() && e.Summary!.Contains("značná"));

        var profile = await client.GetStringAsync("/muj-ucet");
        Assert.Contains("Marie Svobodová", profile);
        Assert.Contains("Pražská 1617, 393 01 Pelhřimov", profile);
        Assert.Contains("Identita občana (eID), úroveň záruky značná", profile);
    }

    [Fact]
    public async Task The_authorize_request_follows_NIA_profile_not_the_OpenID_Connect_defaults()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        using var start = await client.GetAsync("/prihlaseni/eid");
        var authorize = start.Headers.Location!;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(authorize.Query);

        // Discovery came from NIA's own path: the endpoint is the one its document names.
        Assert.Equal("/nia-simulator/FPSTS/oidc/authorize", authorize.AbsolutePath);
        Assert.Equal("https://portal.pelhrimov.example/", query["client_id"].ToString());
        Assert.Equal("code", query["response_type"].ToString());
        // The level of assurance is asked for by scope; "profile" is not supported by NIA.
        Assert.Equal("openid loasubstantial", query["scope"].ToString());
        // Attributes are released only when named in the claims parameter.
        using var claims = System.Text.Json.JsonDocument.Parse(query["claims"].ToString());
        var requested = claims.RootElement.GetProperty("id_token").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("PersonIdentifier", requested);
        Assert.Contains("CurrentAddress", requested);
        // No PKCE (NIA ignores it), no form_post (not shown to work), and no telemetry parameters.
        Assert.False(query.ContainsKey("code_challenge"));
        Assert.False(query.ContainsKey("code_challenge_method"));
        Assert.True(!query.ContainsKey("response_mode") || query["response_mode"] == "query");
        Assert.False(query.ContainsKey("x-client-SKU"));
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        Assert.EndsWith("/prihlaseni/eid/navrat", query["redirect_uri"].ToString());
    }

    [Fact]
    public async Task Later_sign_ins_skip_consent_and_refresh_the_attributes()
    {
        var first = app.CreateClient(allowAutoRedirect: false);
        Assert.Equal("/muj-ucet", await EidSignIn.SignInAsync(first, "pavel-cernych"));
        var account = await EidSignIn.AccountAsync(app, "Pavel", "Černých");
        Assert.NotNull(account);
        await app.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<CitizensDbContext>();
            var stored = await db.Users.SingleAsync(a => a.Id == account.Id);
            stored.GivenName = "Zastaralé";
            stored.Address = null;
            return await db.SaveChangesAsync();
        });

        var second = app.CreateClient(allowAutoRedirect: false);
        using var callback = await EidSignIn.CallbackAsync(second, "pavel-cernych");
        using var complete = await second.GetAsync(callback.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);
        Assert.Equal("/muj-ucet", complete.Headers.Location!.ToString());

        var refreshed = await EidSignIn.AccountAsync(app, "Pavel", "Černých");
        Assert.Equal(account.Id, refreshed!.Id);
        Assert.Equal("Nádražní 1254, 393 01 Pelhřimov", refreshed.Address!.OneLine);
    }

    [Fact]
    public async Task A_persona_without_an_address_signs_in_and_sees_that_none_was_released()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        Assert.Equal("/muj-ucet", await EidSignIn.SignInAsync(client, "josef-marek"));
        var account = await EidSignIn.AccountAsync(app, "Josef", "Marek");
        Assert.Null(account!.Address);
        Assert.Contains("Identita občana adresu nepředala", await client.GetStringAsync("/muj-ucet"));
    }

    [Fact]
    public async Task Consent_is_required_and_refusing_it_stores_nothing()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        using var callback = await EidSignIn.CallbackAsync(client, "eva-kralova");
        var completion = callback.Headers.Location!.ToString();

        using (var unchecked_ = await EidSignIn.AgreeAsync(client, completion, agree: false))
        {
            Assert.Equal(HttpStatusCode.OK, unchecked_.StatusCode);
            Assert.Contains("Bez souhlasu se zpracováním osobních údajů vás portál nemůže přihlásit.", await unchecked_.Content.ReadAsStringAsync());
        }
        using (var refused = await AntiforgeryForm.PostAsync(client, completion, new Dictionary<string, string?>(), "form[action='/prihlaseni/odmitnout']"))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Přihlášení nedokončeno", await refused.Content.ReadAsStringAsync());
        }
        Assert.Null(await EidSignIn.AccountAsync(app, "Eva", "Králová"));
        Assert.False(await EidSignIn.IsSignedInAsync(client));
        // Audited as a refused consent, under no account (none was made), not as a failed password.
        var refusal = Assert.Single(await EidSignIn.AuditAsync(app, CitizenAuditActions.ConsentRefused));
        Assert.Null(refusal.EntityId);
        Assert.Contains("nedal souhlas", refusal.Summary);
    }

    [Fact]
    public async Task Consent_refused_at_NIA_gives_a_Czech_page_and_no_session()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        using var callback = await EidSignIn.CallbackAsync(client, "jan-novak", refuseAtNia: true);
        await AssertRefusedAsync(client, callback, "bez-udaju", "Identita občana nepředala vaše údaje");
    }

    [Theory]
    [InlineData("wrong-issuer", "neplatna-odpoved")]
    [InlineData("wrong-audience", "neplatna-odpoved")]
    [InlineData("bad-signature", "neplatna-odpoved")]
    [InlineData("tampered", "neplatna-odpoved")]
    [InlineData("wrong-encryption-key", "neplatna-odpoved")]
    [InlineData("wrong-nonce", "neplatna-odpoved")]
    [InlineData("no-nonce", "neplatna-odpoved")]
    [InlineData("expired", "vyprselo")]
    [InlineData("low-level", "nizka-uroven")]
    public async Task A_bad_token_is_refused_with_a_Czech_explanation_and_no_session(string fault, string code)
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        var before = (await EidSignIn.AuditAsync(app, CitizenAuditActions.EidSignInFailed)).Count;
        using var callback = await EidSignIn.CallbackAsync(client, "jan-novak", fault);
        await AssertRefusedAsync(client, callback, code, null);
        Assert.True((await EidSignIn.AuditAsync(app, CitizenAuditActions.EidSignInFailed)).Count > before);
    }

    [Fact]
    public async Task A_means_below_the_required_level_is_refused_by_NIA_and_explained()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        using var callback = await EidSignIn.CallbackAsync(client, "lukas-prochazka");
        await AssertRefusedAsync(client, callback, "zruseno", "Přihlášení bylo zrušeno");
        Assert.Null(await EidSignIn.AccountAsync(app, "Lukáš", "Procházka"));
    }

    [Fact]
    public async Task A_replayed_callback_is_refused()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        var callbackUrl = await EidSignIn.CallbackUrlAsync(client, "tereza-dvorakova");
        using (var first = await client.GetAsync(callbackUrl))
        {
            Assert.Contains("/prihlaseni/dokonceni", first.Headers.Location!.ToString());
        }
        var attacker = app.CreateClient(allowAutoRedirect: false);
        using var replayed = await attacker.GetAsync(callbackUrl);
        await AssertRefusedAsync(attacker, replayed, "nezname-prihlaseni", "Přihlášení nebylo dokončeno");
        using var again = await client.GetAsync(callbackUrl);
        await AssertRefusedAsync(client, again, "nezname-prihlaseni", null);
    }

    [Fact]
    public async Task A_made_up_code_is_refused_without_claiming_it_was_used_before()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        var callbackUrl = await EidSignIn.CallbackUrlAsync(client, "tereza-dvorakova");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(callbackUrl.Query);
        var madeUp = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(callbackUrl.GetLeftPart(UriPartial.Path),
            new Dictionary<string, string?> { ["code"] = "vymysleny-kod", ["state"] = query["state"].ToString() });

        using var response = await client.GetAsync(madeUp);

        await AssertRefusedAsync(client, response, "opakovana-odpoved", "je neplatná, vypršela, nebo už byla jednou použita");
    }

    [Fact]
    public async Task A_callback_without_state_is_refused()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        using var response = await client.GetAsync("/prihlaseni/eid/navrat?code=abc");
        await AssertRefusedAsync(client, response, "nezname-prihlaseni", null);
    }

    [Fact]
    public async Task Unknown_failure_codes_still_get_a_Czech_page()
    {
        var client = app.CreateClient();
        using var response = await client.GetAsync("/prihlaseni/chyba/%3Cscript%3E");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Přihlášení se nezdařilo", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sign_out_ends_the_session_here_and_at_NIA_without_an_id_token_hint()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        await EidSignIn.SignInAsync(client, "jan-novak");
        Assert.True(await EidSignIn.IsSignedInAsync(client));

        using var signOut = await AntiforgeryForm.PostAsync(client, "/odhlaseni", new Dictionary<string, string?>(), "main form[action='/odhlaseni']");
        // A page that navigates to NIA, not a redirect: the browser's CSP form-action would stop one (ADR 0015).
        Assert.Equal(HttpStatusCode.OK, signOut.StatusCode);
        Assert.False(await EidSignIn.IsSignedInAsync(client));
        var page = await signOut.ReadHtmlAsync();
        var refresh = page.QuerySelector("meta[http-equiv='refresh']")!.GetAttribute("content")!;
        var endSession = new Uri(refresh[(refresh.IndexOf("url=", StringComparison.Ordinal) + 4)..]);
        Assert.Equal(endSession.AbsoluteUri, new Uri(page.QuerySelector("main a[href*='endsession']")!.GetAttribute("href")!).AbsoluteUri);
        Assert.Contains("/nia-simulator/FPSTS/oidc/endsession", endSession.ToString());
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(endSession.Query);
        Assert.Equal("https://portal.pelhrimov.example/", query["client_id"].ToString());
        Assert.False(query.ContainsKey("id_token_hint"));
        Assert.True(query.ContainsKey("state"));

        using var nia = await client.GetAsync(endSession);
        Assert.Contains("/odhlaseni/eid/navrat", nia.Headers.Location!.ToString());
        using var back = await client.GetAsync(nia.Headers.Location);
        Assert.Equal("/odhlaseni/hotovo", back.Headers.Location!.ToString());
        Assert.False(await EidSignIn.IsSignedInAsync(client));
        Assert.NotEmpty(await EidSignIn.AuditAsync(app, CitizenAuditActions.SignOut));
    }

    [Fact]
    public async Task A_citizen_session_never_reaches_the_admin()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        await EidSignIn.SignInAsync(client, "jan-novak");
        foreach (var path in new[] { "/admin", "/admin/obsah", "/admin/uzivatele" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/prihlaseni", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task A_foreign_return_url_is_ignored()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        Assert.Equal("/muj-ucet", await EidSignIn.SignInAsync(client, "jan-novak", returnUrl: "https://zlo.example/"));
        var other = app.CreateClient(allowAutoRedirect: false);
        Assert.Equal("/aktuality", await EidSignIn.SignInAsync(other, "jan-novak", returnUrl: "/aktuality"));
    }

    private static async Task AssertRefusedAsync(HttpClient client, HttpResponseMessage response, string code, string? title)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/prihlaseni/chyba/" + code, response.Headers.Location!.ToString());
        using var page = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Kód chyby: " + code, html);
        if (title is not null)
        {
            Assert.Contains(title, html);
        }
        Assert.False(await EidSignIn.IsSignedInAsync(client));
    }
}
