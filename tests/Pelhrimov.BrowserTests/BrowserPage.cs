namespace Pelhrimov.BrowserTests;

/// <summary>
/// A page opened by <see cref="BrowserFixture.OpenAsync"/> or <see cref="BrowserFixture.VisitAsync"/>, with the
/// problems the browser reported while it was this test's.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext? _ownedContext;
    private readonly List<string> _problems = [];

    /// <param name="page">The page to watch from now on.</param>
    /// <param name="ownedContext">The context to close on disposal; null for a shared tab, which stays open.</param>
    public BrowserPage(IPage page, IBrowserContext? ownedContext)
    {
        _ownedContext = ownedContext;
        Page = page;
        // CSP violations, script errors and missing assets all show up here.
        page.Console += OnConsole;
        page.PageError += OnPageError;
        page.RequestFailed += OnRequestFailed;
    }

    /// <summary>Watches <paramref name="page"/> from now on, then goes to <paramref name="url"/> and keeps its status.</summary>
    /// <param name="ownedContext">The context to close on disposal; null for a shared tab, which stays open.</param>
    public static async Task<BrowserPage> GoToAsync(IPage page, IBrowserContext? ownedContext, string url)
    {
        var browserPage = new BrowserPage(page, ownedContext);
        browserPage.Status = (await page.GotoAsync(url))?.Status ?? 0;
        return browserPage;
    }

    public IPage Page { get; }

    /// <summary>HTTP status of the navigation that opened the page.</summary>
    public int Status { get; private set; }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Page.Console -= OnConsole;
        Page.PageError -= OnPageError;
        Page.RequestFailed -= OnRequestFailed;
        if (_ownedContext is not null)
        {
            await _ownedContext.DisposeAsync();
        }
    }

    private void OnConsole(object? sender, IConsoleMessage message)
    {
        if (message.Type == "error")
        {
            Add($"console: {message.Text}");
        }
    }

    private void OnPageError(object? sender, string error) => Add($"script error: {error}");

    private void OnRequestFailed(object? sender, IRequest request) => Add($"request failed: {request.Url} ({request.Failure})");

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
