using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>
/// The real application, served by Kestrel over real HTTP on a free loopback port, in the <c>Testing</c>
/// environment, on a site (data folder + database) of its own.
/// </summary>
/// <remarks>
/// As an xunit fixture (<c>IClassFixture&lt;PortalApp&gt;</c> or the <c>Portal</c> collection) it creates a new
/// site, a copy of the process's set-up <see cref="SiteTemplate"/> unless <see cref="PortalAppOptions.FreshSite"/> asks
/// for one set up from scratch, and deletes it at dispose. <see cref="StartAsync"/> starts one on a given <see cref="TestSite"/>, which then
/// outlives the app, so that a second app can start on the same data.
/// </remarks>
public class PortalApp : IAsyncLifetime
{
    public const string EnvironmentName = "Testing";

    /// <summary>The first administrator, created by site setup from <c>Admin:Email</c> and <c>Admin:Password</c>.</summary>
    public const string AdminEmail = "admin@test.cz";

    public const string AdminPassword = "Zkouska-Heslo-2026!Pelhrimov";

    private readonly PortalAppOptions _options;
    private readonly List<HttpClient> _clients = [];
    private TestSite? _site;
    private bool _ownsSite;
    private PortalAppFactory? _factory;

    /// <summary>For xunit fixtures: call <see cref="InitializeAsync"/> (xunit does) to create a fresh site and start.</summary>
    public PortalApp() : this(null, new PortalAppOptions())
    {
    }

    private PortalApp(TestSite? site, PortalAppOptions options)
    {
        _site = site;
        _options = options;
    }

    /// <summary>The site the app runs on.</summary>
    public TestSite Site => _site ?? throw NotStarted();

    /// <summary><c>http://127.0.0.1:PORT/</c></summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The app's root service provider; use <see cref="ServiceProviderServiceExtensions.CreateAsyncScope(IServiceProvider)"/> for scoped services.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw NotStarted();

    /// <summary>Starts an app on <paramref name="site"/> (kept at dispose), or on a new site of its own (deleted at dispose).</summary>
    public static async Task<PortalApp> StartAsync(TestSite? site = null, PortalAppOptions? options = null)
    {
        var app = new PortalApp(site, options ?? new PortalAppOptions());
        try
        {
            await app.InitializeAsync();
            return app;
        }
        catch (Exception startFailure)
        {
            try
            {
                await app.DisposeAsync();
            }
            catch (Exception cleanupFailure)
            {
                throw new AggregateException(startFailure, cleanupFailure);
            }
            throw;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (_site is null)
        {
            if (!_options.FreshSite)
            {
                SiteTemplate.ThrowIfSettingsChangeSetup(_options.Settings.Keys);
            }
            var provider = _options.Database ?? TestEnvironment.Database;
            _site = _options.FreshSite ? await TestSite.CreateAsync(provider) : await SiteTemplate.CopyAsync(provider);
            _ownsSite = true;
        }

        _factory = new PortalAppFactory(Configuration(_site), _options.ConfigureServices, _options.Port ?? 0);
        // StartServer blocks while the app migrates and runs setup; keep it off the test's thread.
        await Task.Run(_factory.StartServer);
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        if (!_options.HoldBackgroundWork)
        {
            // The first answered request opens the start-up gate (StartupGate): background work starts now, not
            // StartupGate.MaxDelay later, so a test waiting for mail, indexing or an event handler does not wait 5 s.
            using var client = CreateClient(handleCookies: false, allowAutoRedirect: false);
            using var live = await client.GetAsync("health/live");
            live.EnsureSuccessStatusCode();
        }
    }

    /// <summary>A client of the running app over HTTP, disposed with the app.</summary>
    /// <param name="handleCookies">Keep cookies like a browser (sign-in, antiforgery). Loopback counts as a secure context, as in browsers.</param>
    /// <param name="allowAutoRedirect">Follow redirects; turn off to assert on a 302 and its Location.</param>
    /// <param name="cookies">A container to inspect afterwards (see <see cref="LoopbackCookieHandler.CookiesFor"/>) or share between clients.</param>
    public HttpClient CreateClient(bool handleCookies = true, bool allowAutoRedirect = true, CookieContainer? cookies = null)
    {
        var transport = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false };
        HttpMessageHandler handler = transport;
        if (handleCookies || cookies is not null)
        {
            handler = new LoopbackCookieHandler(cookies ?? new CookieContainer()) { InnerHandler = handler };
        }
        if (allowAutoRedirect)
        {
            handler = new RedirectHandler { InnerHandler = handler };
        }
        var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        lock (_clients)
        {
            _clients.Add(client);
        }
        return client;
    }

    /// <summary>A client signed in as staff through the sign-in form (the test administrator unless told otherwise).</summary>
    public async Task<HttpClient> CreateStaffClientAsync(string email = AdminEmail, string password = AdminPassword)
    {
        var client = CreateClient();
        await client.SignInAsStaffAsync(email, password);
        return client;
    }

    /// <summary>Runs <paramref name="work"/> with scoped services of the app (database contexts, stores).</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        lock (_clients)
        {
            _clients.ForEach(c => c.Dispose());
            _clients.Clear();
        }
        try
        {
            if (_factory is not null)
            {
                await _factory.DisposeAsync();
                _factory = null;
            }
        }
        finally
        {
            if (_ownsSite && _site is not null)
            {
                _ownsSite = false;
                await _site.DisposeAsync();
            }
        }
    }

    private Dictionary<string, string?> Configuration(TestSite site)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = AdminPassword,
            ["Logging:LogLevel:Default"] = Environment.GetEnvironmentVariable("PORTAL_TEST_LOG_LEVEL") ?? "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            // Many tests sign staff in from the same loopback address; the per-address limit has tests of its own.
            ["Identity:SignInAttemptsPerMinute"] = "1000",
            // The same for API token requests: the classes on the SharedPortalApp ask for tokens at the same time.
            ["ApiClients:TokenRequestsPerMinute"] = "1000",
            // Lets tests ask the NIA simulator for deliberately bad tokens (docs/nia-simulator.md).
            ["NiaSimulator:FaultInjection"] = "true",
        };
        foreach (var (key, value) in site.Settings().Concat(_options.Smtp?.AppSettings() ?? []).Concat(_options.Settings))
        {
            settings[key] = value;
        }
        return settings;
    }

    /// <summary>A loopback port free at the moment of asking, for <see cref="PortalAppOptions.Port"/>.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static InvalidOperationException NotStarted() => new("The app has not been started: await InitializeAsync() or use PortalApp.StartAsync().");
}
