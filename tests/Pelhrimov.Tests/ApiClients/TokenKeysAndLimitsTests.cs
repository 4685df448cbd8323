using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Pelhrimov.ApiClients.Services;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Tests.ApiClients;

/// <summary>Where the token keys come from, that tokens outlive a restart, and the limit on token requests.</summary>
public sealed class TokenKeysAndLimitsTests : IDisposable
{
    private readonly List<string> folders = [];

    public void Dispose()
    {
        foreach (var folder in folders)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_token_issued_before_a_restart_is_accepted_after_it_on_the_same_site()
    {
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        // Each test app listens on a new port; a real site keeps its address, or names its issuer as here.
        var options = new PortalAppOptions { Settings = { [ApiClientSettings.IssuerKey] = "https://portal.pelhrimov.test/" } };
        CreatedClient client;
        string token;
        await using (var first = await PortalApp.StartAsync(site, options))
        {
            client = await (await first.CreateStaffClientAsync()).CreateApiClientAsync("Přežije restart", ApiClientsTesting.PortalHealth);
            token = await first.CreateApiClient().TokenAsync(client);
        }

        await using var second = await PortalApp.StartAsync(site, options);
        var api = second.CreateApiClient();
        using var response = await api.GetWithTokenAsync(ApiClientsTesting.WhoAmIPath, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(client.ClientId, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientId").GetString());
        Assert.True(File.Exists(Path.Combine(site.DataPath, "keys", TokenCertificates.SigningFile)));
        Assert.True(File.Exists(Path.Combine(site.DataPath, "keys", TokenCertificates.EncryptionFile)));
        Assert.NotNull(await api.TokenAsync(client));
    }

    [Fact]
    public async Task Token_requests_over_the_limit_get_429_with_a_json_error_even_with_wrong_secrets()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { [ApiClientSettings.TokenRequestsPerMinuteKey] = "3" },
        });
        var client = await (await app.CreateStaffClientAsync()).CreateApiClientAsync("Netrpělivý", ApiClientsTesting.PortalHealth);
        var api = app.CreateApiClient();

        var answers = new List<TokenResponse>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await api.RequestTokenAsync(client.ClientId, i == 0 ? client.Secret : "hádám-" + i));
        }
        using var limited = await api.PostAsync(ApiClientsTesting.TokenPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = client.ClientId, ["client_secret"] = client.Secret,
        }));

        Assert.Equal(HttpStatusCode.OK, answers[0].Status);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], answers.Skip(1).Take(2).Select(a => a.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3].Status);
        Assert.Equal("too_many_requests", answers[3].Error);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/json", limited.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(limited.Headers.RetryAfter);
        // The limit is on the token endpoint only: the API itself still answers.
        using var api401 = await api.GetWithTokenAsync(ApiClientsTesting.WhoAmIPath, answers[0].AccessToken);
        Assert.Equal(HttpStatusCode.OK, api401.StatusCode);
    }

    [Fact]
    public async Task A_configured_certificate_that_cannot_be_read_stops_the_start()
    {
        var options = new PortalAppOptions { Settings = { ["ApiClients:SigningCertificate:Path"] = "/nonexistent/signing.pfx" } };

        await Assert.ThrowsAnyAsync<Exception>(async () => await (await PortalApp.StartAsync(options: options)).DisposeAsync());
    }

    [Fact]
    public async Task A_new_site_has_its_token_certificates_by_its_first_response_without_a_token_request()
    {
        // OpenIddict's server sees every request (it looks for its endpoints), so the certificates must be ready by then.
        await using var app = await PortalApp.StartAsync();
        using var home = await app.CreateClient().GetAsync("/", TestContext.Current.CancellationToken);

        Assert.True(home.IsSuccessStatusCode);
        Assert.True(File.Exists(Path.Combine(app.Site.DataPath, "keys", TokenCertificates.SigningFile)));
        Assert.True(File.Exists(Path.Combine(app.Site.DataPath, "keys", TokenCertificates.EncryptionFile)));
    }

    [Fact]
    public void Production_without_configured_certificates_keeps_self_signed_ones_in_the_data_folder()
    {
        var data = NewDataFolder();
        var first = TokenCertificates.Load(new ConfigurationBuilder().Build(), new Environment(Environments.Production), data);
        var again = TokenCertificates.Load(new ConfigurationBuilder().Build(), new Environment(Environments.Production), data);

        Assert.True(first.KeptInDataFolder);
        Assert.True(File.Exists(data.Combine("keys", TokenCertificates.SigningFile)));
        Assert.Equal(first.Signing.Thumbprint, again.Signing.Thumbprint);
        Assert.NotEqual(first.Signing.Thumbprint, first.Encryption.Thumbprint);
    }

    [Fact]
    public void Configured_certificates_are_used_in_production()
    {
        var data = NewDataFolder();
        var signing = Certificates.LoadOrCreateDevelopment(data.Combine("given", "signing.pfx"), "CN=Given signing");
        var encryption = Certificates.LoadOrCreateDevelopment(data.Combine("given", "encryption.pfx"), "CN=Given encryption");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ApiClients:SigningCertificate:Path"] = data.Combine("given", "signing.pfx"),
            ["ApiClients:EncryptionCertificate:Path"] = data.Combine("given", "encryption.pfx"),
        }).Build();

        var loaded = TokenCertificates.Load(configuration, new Environment(Environments.Production), data);

        Assert.Equal(signing.Thumbprint, loaded.Signing.Thumbprint);
        Assert.Equal(encryption.Thumbprint, loaded.Encryption.Thumbprint);
        Assert.True(loaded.Signing.HasPrivateKey);
        Assert.False(File.Exists(data.Combine("keys", TokenCertificates.SigningFile)));
    }

    [Fact]
    public void Outside_production_development_certificates_are_made_once_and_then_reused()
    {
        var data = NewDataFolder();
        var environment = new Environment(Environments.Development);
        var configuration = new ConfigurationBuilder().Build();

        var first = TokenCertificates.Load(configuration, environment, data);
        var second = TokenCertificates.Load(configuration, environment, data);

        Assert.Equal(first.Signing.Thumbprint, second.Signing.Thumbprint);
        Assert.Equal(first.Encryption.Thumbprint, second.Encryption.Thumbprint);
        Assert.NotEqual(first.Signing.Thumbprint, first.Encryption.Thumbprint);
    }

    private DataFolder NewDataFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "portal-keys-" + Guid.NewGuid().ToString("N"));
        folders.Add(path);
        return new DataFolder(path, samplePath: "");
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Pelhrimov.Web";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
