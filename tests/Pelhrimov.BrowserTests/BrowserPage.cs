namespace Pelhrimov.BrowserTests;

/// <summary>A page opened by <see cref="BrowserFixture.OpenAsync"/>, with the problems the browser reported while loading it.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        // CSP violations, script errors and missing assets all show up here.
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Add($"script error: {error}");
        page.RequestFailed += (_, request) => Add($"request failed: {request.Url} ({request.Failure})");
    }

    public IPage Page { get; }

    /// <summary>HTTP status of the navigation that opened the page.</summary>
    public int Status { get; internal set; }

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

    public ValueTask DisposeAsync() => _context.DisposeAsync();

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
