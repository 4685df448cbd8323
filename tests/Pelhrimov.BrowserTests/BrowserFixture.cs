namespace Pelhrimov.BrowserTests;

/// <summary>
/// One headless Debian Chromium and one running app, shared by the tests of the <see cref="BrowserCollection"/>.
/// Without Chromium the tests are skipped with the reason (failed under <c>CI=true</c>).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ExecutableVariable = "PORTAL_CHROMIUM";
    public const string DefaultExecutable = "/usr/bin/chromium";

    // This machine has no network beyond package registries: keep Chromium from calling home. Without site isolation
    // a journey that goes from the portal (127.0.0.1) to NIA or the gateway (localhost) and back stays in its renderer
    // instead of starting one per site, and a renderer costs 1–2 core-seconds on the CI machine (ADR 0067). What the
    // tests check across origins (CSP, SameSite cookies, CORS) the browser enforces the same in either process model.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
        "--disable-site-isolation-trials",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _unavailable;

    /// <summary>The portal under test. Its eID sign-in goes to <see cref="Nia"/>, on another origin, as at the real NIA.</summary>
    public PortalApp App { get; private set; } = null!;

    /// <summary>
    /// A second app whose NIA simulator plays NIA at <c>http://localhost:PORT</c> while the portal is <c>http://127.0.0.1:PORT</c>:
    /// another origin and another cookie host, so the browser applies what it applies to the real NIA (CSP, SameSite).
    /// </summary>
    public PortalApp Nia { get; private set; } = null!;

    /// <summary>NIA's base address as the portal and the browser know it, ending with a slash.</summary>
    public string NiaAddress => $"http://localhost:{Nia.BaseAddress.Port}/nia-simulator/";

    private string? _certificate;

    private const string GatewayMerchantId = "135790";

    private readonly string _gatewaySecret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public static string Executable =>
        Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } configured ? configured : DefaultExecutable;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            _unavailable = $"Chromium not found at {Executable} (install Debian's 'chromium' or set {ExecutableVariable}).";
            return;
        }
        await StartAppsAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    private async Task StartAppsAsync()
    {
        // The town's certificate: the simulator encrypts to it, the portal decrypts with it.
        _certificate = Path.Combine(Path.GetTempPath(), $"pelhrimov-sep-{Guid.NewGuid():N}.pfx");
        Pelhrimov.Core.Security.Certificates.LoadOrCreateDevelopment(_certificate, Pelhrimov.Citizens.Nia.NiaCertificate.DevelopmentSubject).Dispose();
        var port = PortalApp.FreePort();
        var portal = $"http://127.0.0.1:{port}";
        Nia = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings =
            {
                ["NiaSimulator:ServiceProviders:0:ClientId"] = "https://portal.pelhrimov.example/",
                ["NiaSimulator:ServiceProviders:0:CertificatePath"] = _certificate,
                ["NiaSimulator:ServiceProviders:0:RedirectUris:0"] = portal + "/prihlaseni/eid/navrat",
                ["NiaSimulator:ServiceProviders:0:LogoutUris:0"] = portal + "/odhlaseni/eid/navrat",
                // The same app is the card payment gateway (its simulator) on the other origin, with the portal as its shop.
                ["PaymentGatewaySimulator:Merchants:0:MerchantId"] = GatewayMerchantId,
                ["PaymentGatewaySimulator:Merchants:0:Secret"] = _gatewaySecret,
                ["PaymentGatewaySimulator:Merchants:0:NotificationUrl"] = portal + "/platby/karta/notifikace",
            },
        });
        App = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Port = port,
            Settings =
            {
                ["Nia:Authority"] = NiaAddress,
                ["Nia:RequireHttpsMetadata"] = "false",
                ["Nia:Certificate:Path"] = _certificate,
                ["ComGate:BaseUrl"] = $"http://localhost:{Nia.BaseAddress.Port}/platebni-brana-simulator/v1.0/",
                ["ComGate:MerchantId"] = GatewayMerchantId,
                ["ComGate:Secret"] = _gatewaySecret,
                ["ComGate:Test"] = "true",
                ["PaymentGatewaySimulator:Enabled"] = "false",
                ["ApiClients:Reference"] = "true",
            },
        });
    }

    /// <summary>
    /// A new browser context (own cookies and storage) on the app, in Czech; relative URLs go to the app.
    /// Skips the test when there is no browser.
    /// </summary>
    /// <param name="bypassCsp">Only for tools that need to inject script into the page; the site's own pages never do.</param>
    /// <param name="javaScriptEnabled">False to check that a page works without JavaScript.</param>
    /// <param name="storageState">Cookies and storage to start with (<see cref="StaffSessionAsync"/>).</param>
    public async Task<IBrowserContext> NewContextAsync(bool bypassCsp = false, bool javaScriptEnabled = true, string? storageState = null)
    {
        if (_unavailable is not null)
        {
            TestRequirement.Unavailable(_unavailable);
        }
        return await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            Locale = "cs-CZ",
            TimezoneId = "Europe/Prague",
            BypassCSP = bypassCsp,
            JavaScriptEnabled = javaScriptEnabled,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            StorageState = storageState,
        });
    }

    private Lazy<Task<string>>? _staffSession;

    /// <summary>
    /// The cookies of the test administrator signed in once through the real sign-in form, for tests that look at admin
    /// pages rather than at signing in (the journeys that test the form sign in themselves).
    /// </summary>
    public Task<string> StaffSessionAsync() =>
        LazyInitializer.EnsureInitialized(ref _staffSession, () => new Lazy<Task<string>>(SignInStaffAsync)).Value;

    private async Task<string> SignInStaffAsync()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/prihlaseni");
        await page.GetByLabel("E-mail").FillAsync(PortalApp.AdminEmail);
        await page.GetByLabel("Heslo").FillAsync(PortalApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/admin/prihlaseni", StringComparison.Ordinal));
        return await context.StorageStateAsync();
    }

    /// <summary>A page in a new context, with every console error and failed request collected for assertions.</summary>
    public async Task<BrowserPage> OpenAsync(string url, bool bypassCsp = false, bool javaScriptEnabled = true)
    {
        var context = await NewContextAsync(bypassCsp, javaScriptEnabled);
        return await BrowserPage.GoToAsync(await context.NewPageAsync(), context, url);
    }

    private IPage? _visitorTab;
    private IPage? _staffTab;

    /// <summary>
    /// The page at <paramref name="url"/> in a tab kept open for the page checks: one for an anonymous visitor, one for
    /// the test administrator (<see cref="StaffSessionAsync"/>). Disposing the result stops watching the tab but keeps it.
    /// </summary>
    /// <remarks>
    /// A new context is a new renderer process, and on this machine starting one costs 1–2 core-seconds, more than
    /// checking the page in it (docs/testing.md, stop 43). The tab goes to <c>about:blank</c> first, so whatever the
    /// previous page still had in flight ends before this page is watched. Tests that sign in, submit or depend on
    /// an empty cookie jar use <see cref="OpenAsync"/> instead.
    /// </remarks>
    public async Task<BrowserPage> VisitAsync(string url, bool asStaff = false)
    {
        var tab = asStaff ? _staffTab : _visitorTab;
        if (tab is null || tab.IsClosed)
        {
            var context = await NewContextAsync(storageState: asStaff ? await StaffSessionAsync() : null);
            tab = await context.NewPageAsync();
            if (asStaff)
            {
                _staffTab = tab;
            }
            else
            {
                _visitorTab = tab;
            }
        }
        await tab.GotoAsync("about:blank");
        return await BrowserPage.GoToAsync(tab, ownedContext: null, url);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
        if (Nia is not null)
        {
            await Nia.DisposeAsync();
        }
        if (_certificate is not null)
        {
            File.Delete(_certificate);
        }
    }
}
