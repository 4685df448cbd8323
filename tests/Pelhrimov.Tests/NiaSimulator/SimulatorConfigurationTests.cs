using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Pelhrimov.Tests.NiaSimulator;

/// <summary>Apps of their own: the simulator switched off, refused in Production, with a clock, with registered SePs.</summary>
[SameOnEveryDatabase]
public sealed class SimulatorConfigurationTests
{
    [Fact]
    public async Task When_disabled_none_of_its_endpoints_exist()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { Settings = { ["NiaSimulator:Enabled"] = "false" } });
        var client = app.CreateClient(allowAutoRedirect: false);
        var form = new Dictionary<string, string> { ["grant_type"] = "authorization_code" };
        string[] paths =
        [
            "/nia-simulator/fpsts/oidc/openid-configuration",
            "/nia-simulator/FPSTS/oidc/openid-configuration-jwks",
            "/nia-simulator/FPSTS/oidc/authorize?client_id=https%3A%2F%2Fportal.pelhrimov.example%2F",
            "/nia-simulator/FPSTS/oidc/userinfo",
            "/nia-simulator/FPSTS/oidc/endsession?client_id=x",
            "/nia-simulator/FPSTS/Error?erc=202",
        ];

        foreach (var path in paths)
        {
            using var get = await client.GetAsync(path);
            Assert.True(get.StatusCode == HttpStatusCode.NotFound, $"GET {path} answered {(int)get.StatusCode}");
        }
        using var token = await client.PostAsync("/nia-simulator/FPSTS/oidc/token", new FormUrlEncodedContent(form));
        using var neverExisted = await client.PostAsync("/nic-takoveho/FPSTS/oidc/token", new FormUrlEncodedContent(form));

        // A POST anywhere meets the content pages' GET-only catch-all route: same answer as for a path that never existed.
        Assert.Equal(neverExisted.StatusCode, token.StatusCode);
        Assert.NotEqual("application/json", token.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_app_refuses_to_start_in_Production_with_the_simulator_enabled()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { ["environment"] = "Production", ["App:PublicUrl"] = "https://portal.pelhrimov.example/", ["NiaSimulator:Enabled"] = "true" },
        }));

        Assert.Contains("NiaSimulator:Enabled is true in the Production environment", failure.ToString());
    }

    [Fact]
    public async Task In_Production_the_simulator_is_off_by_default()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { Settings = { ["environment"] = "Production", ["App:PublicUrl"] = "https://portal.pelhrimov.example/" } });

        using var response = await app.CreateClient().GetAsync("/nia-simulator/fpsts/oidc/openid-configuration");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Keys_and_certificates_are_made_at_first_use_not_at_start_up()
    {
        // A fresh site: the copies of the test template already hold them (SiteTemplate).
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { FreshSite = true });
        var signing = Path.Combine(app.Site.DataPath, "keys", "nia-simulator-signing.pfx");
        var serviceProvider = Path.Combine(app.Site.DataPath, "keys", "nia-sep-dev.pfx");
        var client = app.CreateClient();

        Assert.False(File.Exists(signing));
        await client.GetStringAsync("/nia-simulator/fpsts/oidc/openid-configuration");
        Assert.False(File.Exists(signing));
        await client.GetStringAsync("/nia-simulator/FPSTS/oidc/openid-configuration-jwks");
        Assert.True(File.Exists(signing));
        Assert.False(File.Exists(serviceProvider));
        await new NiaFlow(app).IdTokenAsync("jan-novak");
        Assert.True(File.Exists(serviceProvider));
    }

    [Fact]
    public async Task A_code_expires_after_60_seconds()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            ConfigureServices = services => services.AddSingleton<TimeProvider>(clock),
        });
        var nia = new NiaFlow(app);
        var client = app.CreateClient(allowAutoRedirect: false);
        var fresh = await nia.CodeAsync(client, "jan-novak");
        var stale = await nia.CodeAsync(client, "jan-novak");

        clock.Advance(TimeSpan.FromSeconds(59));
        using var inTime = await NiaFlow.RedeemAsync(client, fresh);
        clock.Advance(TimeSpan.FromSeconds(2));
        using var late = await NiaFlow.RedeemAsync(client, stale);

        Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
        await NiaFlow.AssertErrorAsync(late, "invalid_grant");
    }

    [Fact]
    public async Task Registered_service_providers_get_exact_return_addresses_their_own_certificate_and_pseudonyms()
    {
        var folder = Directory.CreateTempSubdirectory("nia-seps-");
        try
        {
            using var firstKey = RSA.Create(2048);
            using var secondKey = RSA.Create(2048);
            var firstCer = Path.Combine(folder.FullName, "prvni.cer");
            var secondPem = Path.Combine(folder.FullName, "druhy.pem");
            using var firstCertificate = SelfSigned(firstKey, "CN=Prvni");
            using var secondCertificate = SelfSigned(secondKey, "CN=Druhy");
            await File.WriteAllBytesAsync(firstCer, firstCertificate.Export(X509ContentType.Cert));
            await File.WriteAllTextAsync(secondPem, secondCertificate.ExportCertificatePem());
            await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
            {
                Settings =
                {
                    ["NiaSimulator:ServiceProviders:0:ClientId"] = "https://prvni.example/",
                    ["NiaSimulator:ServiceProviders:0:CertificatePath"] = firstCer,
                    ["NiaSimulator:ServiceProviders:0:RedirectUris:0"] = "https://prvni.example/signin-nia",
                    ["NiaSimulator:ServiceProviders:0:LogoutUris:0"] = "https://prvni.example/odhlaseno",
                    ["NiaSimulator:ServiceProviders:1:ClientId"] = "https://druhy.example/",
                    ["NiaSimulator:ServiceProviders:1:CertificatePath"] = secondPem,
                    ["NiaSimulator:ServiceProviders:1:RedirectUris:0"] = "https://druhy.example/signin-nia",
                },
            });
            var client = app.CreateClient(allowAutoRedirect: false);

            var first = await PayloadAsync(client, "https://prvni.example/", "https://prvni.example/signin-nia", firstKey);
            var second = await PayloadAsync(client, "https://druhy.example/", "https://druhy.example/signin-nia", secondKey);
            using var wrongReturn = await client.GetAsync(Authorize("https://prvni.example/", "https://prvni.example/jinam"));
            using var defaultClient = await client.GetAsync(Authorize(NiaFlow.ClientId, new Uri(app.BaseAddress, "/x").ToString()));
            using var logout = await client.GetAsync("/nia-simulator/FPSTS/oidc/endsession?client_id=https%3A%2F%2Fprvni.example%2F&state=s1");
            // After the persona form, a return to another origin is a page (the site's CSP form-action covers redirects).
            using var chosen = await AntiforgeryForm.PostAsync(client,
                Authorize("https://prvni.example/", "https://prvni.example/signin-nia").Replace("&persona=jan-novak", ""),
                new Dictionary<string, string?> { ["persona"] = "jan-novak", ["akce"] = "prihlasit" });
            var continuePage = await chosen.ReadHtmlAsync();

            Assert.NotEqual(first, second);
            Assert.StartsWith("CZ/CZ/", first);
            Assert.Equal(HttpStatusCode.BadRequest, wrongReturn.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, defaultClient.StatusCode);
            Assert.Equal("https://prvni.example/odhlaseno?state=s1", logout.Headers.Location?.ToString());
            Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
            Assert.StartsWith("https://prvni.example/signin-nia?code=", continuePage.QuerySelector("main a.button")?.GetAttribute("href"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> PayloadAsync(HttpClient client, string clientId, string redirectUri, RSA key)
    {
        var query = await NiaFlow.RedirectQueryAsync(client, Authorize(clientId, redirectUri), redirectUri);
        var idToken = await NiaFlow.IdTokenAsync(client, query["code"], clientId);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = NiaFlow.Issuer,
            ValidAudience = clientId,
            ValidateIssuerSigningKey = false,
            SignatureValidator = (token, _) => new JsonWebToken(token),
            TokenDecryptionKeys = [new RsaSecurityKey(key)],
        });
        return (string)NiaFlow.Payload(result)["PersonIdentifier"]!;
    }

    private static string Authorize(string clientId, string redirectUri) =>
        "/nia-simulator/FPSTS/oidc/authorize?response_type=code&scope=openid&persona=jan-novak"
        + "&client_id=" + Uri.EscapeDataString(clientId) + "&redirect_uri=" + Uri.EscapeDataString(redirectUri)
        + "&claims=" + Uri.EscapeDataString(NiaFlow.ClaimsJson("PersonIdentifier"));

    private static X509Certificate2 SelfSigned(RSA key, string subject) =>
        new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
}
