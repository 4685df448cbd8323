using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Net.Http.Headers;

namespace Pelhrimov.Core.Caching;

/// <summary>
/// Tells a shared cache in front of the nodes (nginx's <c>proxy_cache</c> in deploy/cluster, a CDN) that it may keep an
/// anonymous public page for <c>App:SharedCacheSeconds</c> (1 s unless set; 0 turns it off):
/// <c>Cache-Control: public, max-age=0, s-maxage=N</c> and <c>Vary: Cookie</c>, on exactly the responses the output
/// cache stores — anonymous, 200, no cookie set — and nowhere else (ADR 0065). Browsers keep nothing (<c>max-age=0</c>).
/// </summary>
public sealed class SharedCacheHeaders(IConfiguration configuration) : IOutputCachePolicy
{
    public const string ConfigurationKey = "App:SharedCacheSeconds";

    /// <summary>The longest a town may let a shared cache keep a page: publishing must show everywhere within seconds.</summary>
    public const int MaxSeconds = 60;

    private readonly string? _cacheControl = Header(configuration);

    // Made once: a method group passed on every request would allocate a new delegate each time.
    private Func<object, Task>? _addHeaders;

    /// <summary>The <c>Cache-Control</c> value, or null when shared caching is off; rejects a value out of range.</summary>
    public static string? Header(IConfiguration configuration)
    {
        var seconds = configuration.GetValue(ConfigurationKey, 1);
        if (seconds is < 0 or > MaxSeconds)
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be between 0 and {MaxSeconds} seconds; it is {seconds}.");
        }
        return seconds == 0 ? null : $"public, max-age=0, s-maxage={seconds}";
    }

    // The output cache decides whether to store a response after it has started, too late to add headers; so they are
    // added as it starts, on the same conditions: a request it may store (the default policy, which runs first, has
    // ruled out other methods and signed-in visitors), a 200 that sets no cookie and says nothing about caching itself.
    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        if (_cacheControl is not null && context.AllowCacheStorage)
        {
            context.HttpContext.Response.OnStarting(_addHeaders ??= AddHeaders, context.HttpContext.Response);
        }
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    private Task AddHeaders(object state)
    {
        var response = (HttpResponse)state;
        var headers = response.Headers;
        if (response.StatusCode == StatusCodes.Status200OK && headers.SetCookie.Count == 0 && headers.CacheControl.Count == 0)
        {
            headers.CacheControl = _cacheControl;
            // A signed-in visitor's page differs (the header shows the account): a cache must not answer a request
            // that carries cookies with this response.
            headers.Append(HeaderNames.Vary, HeaderNames.Cookie);
        }
        return Task.CompletedTask;
    }
}
