namespace Pelhrimov.BrowserTests;

/// <summary>
/// One headless Debian Chromium and one running app, shared by the tests of the <see cref="BrowserCollection"/>.
/// Without Chromium the tests are skipped with the reason (failed under <c>CI=true</c>).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ExecutableVariable = "PORTAL_CHROMIUM";
    public const string DefaultExecutable = "/usr/bin/chromium";

    // This machine has no network beyond package registries: keep Chromium from calling home.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _unavailable;

    public PortalApp App { get; private set; } = null!;

    public static string Executable =>
        Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } configured ? configured : DefaultExecutable;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            _unavailable = $"Chromium not found at {Executable} (install Debian's 'chromium' or set {ExecutableVariable}).";
            return;
        }
        App = await PortalApp.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A new browser context (own cookies and storage) on the app, in Czech; relative URLs go to the app.
    /// Skips the test when there is no browser.
    /// </summary>
    /// <param name="bypassCsp">Only for tools that need to inject script into the page; the site's own pages never do.</param>
    /// <param name="javaScriptEnabled">False to check that a page works without JavaScript.</param>
    public async Task<IBrowserContext> NewContextAsync(bool bypassCsp = false, bool javaScriptEnabled = true)
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
        });
    }

    /// <summary>A page in a new context, with every console error and failed request collected for assertions.</summary>
    public async Task<BrowserPage> OpenAsync(string url, bool bypassCsp = false, bool javaScriptEnabled = true)
    {
        var context = await NewContextAsync(bypassCsp, javaScriptEnabled);
        var page = await context.NewPageAsync();
        var browserPage = new BrowserPage(context, page);
        var response = await page.GotoAsync(url);
        browserPage.Status = response?.Status ?? 0;
        return browserPage;
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
    }
}
