using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Pelhrimov.Analytics.Services;

/// <summary>Counts a page view when a counted request starts its response: 200, HTML, not a bot, not admin.</summary>
/// <remarks>Counting as the headers go out (not after the body) means a client that has its response has been counted.
/// On an HTTP/1.x keep-alive connection the bot check and the visitor hash are remembered for the connection
/// (<see cref="ConnectionVisitor"/>), so only a connection's first request pays for them. Nothing is allocated per
/// request: the response callbacks are made once, with the connection's visitor (or the context) as their state.
/// bench/CounterBench measures what a request pays (docs/benchmarks.md).</remarks>
public sealed class AccessCounterMiddleware
{
    private readonly RequestDelegate _next;
    private readonly AccessCounter _counter;
    private readonly Func<object, Task> _countVisitor;
    private readonly Func<object, Task> _countContext;

    public AccessCounterMiddleware(RequestDelegate next, AccessCounter counter)
    {
        _next = next;
        _counter = counter;
        _countVisitor = state =>
        {
            var visitor = (ConnectionVisitor)state;
            Count(visitor.Request!, visitor.UserAgent!, visitor);
            visitor.Request = null;
            return Task.CompletedTask;
        };
        _countContext = state =>
        {
            var context = (HttpContext)state;
            Count(context, context.Request.Headers.UserAgent.ToString(), null);
            return Task.CompletedTask;
        };
    }

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && CountedRequests.IsCountedPath(request.Path))
        {
            var userAgent = request.Headers.UserAgent.ToString();
            if (ConnectionVisitor.For(context) is { } visitor)
            {
                if (!visitor.IsBot(userAgent))
                {
                    visitor.Request = context;
                    context.Response.OnStarting(_countVisitor, visitor);
                }
            }
            else if (!CountedRequests.IsBot(userAgent))
            {
                context.Response.OnStarting(_countContext, context);
            }
        }
        return _next(context);
    }

    private void Count(HttpContext context, string userAgent, ConnectionVisitor? visitor)
    {
        if (CountedRequests.IsPageView(context.Response))
        {
            _counter.Record(CountedRequests.NormalizePath(context.Request.Path), context.Connection.RemoteIpAddress, userAgent, visitor);
        }
    }
}

/// <summary>What the counter remembers about the browser on one HTTP/1.x connection while the connection lasts: whether
/// its User-Agent is a bot, and the day on which its visit was already registered (so the salted hash is computed once).</summary>
/// <remarks>Kept in the connection's items, in memory only, and dropped with the connection. Requests on one HTTP/1.x
/// connection run one after another, so no locking is needed; HTTP/2 and HTTP/3 connections are not remembered.
/// The client address is compared too: behind a proxy one connection carries many visitors.</remarks>
internal sealed class ConnectionVisitor
{
    private static readonly object Key = new();

    private string? _checkedAgent;
    private bool _isBot;

    /// <summary>The request being answered on the connection (HTTP/1.x answers one at a time), for the response callback.</summary>
    public HttpContext? Request { get; set; }

    /// <summary>The User-Agent last checked on this connection.</summary>
    public string? UserAgent => _checkedAgent;
    private CounterDay? _registeredDay;
    private System.Net.IPAddress? _registeredClient;
    private string? _registeredAgent;

    public static ConnectionVisitor? For(HttpContext context)
    {
        var protocol = context.Request.Protocol;
        if (!HttpProtocol.IsHttp11(protocol) && !HttpProtocol.IsHttp10(protocol)
            || context.Features.Get<IConnectionItemsFeature>()?.Items is not { } items)
        {
            return null;
        }
        if (items.TryGetValue(Key, out var known) && known is ConnectionVisitor visitor)
        {
            return visitor;
        }
        visitor = new ConnectionVisitor();
        items[Key] = visitor;
        return visitor;
    }

    public bool IsBot(string userAgent)
    {
        if (!string.Equals(_checkedAgent, userAgent, StringComparison.Ordinal))
        {
            _isBot = CountedRequests.IsBot(userAgent);
            _checkedAgent = userAgent;
        }
        return _isBot;
    }

    public bool IsRegistered(CounterDay day, System.Net.IPAddress? client, string userAgent) =>
        ReferenceEquals(_registeredDay, day) && Equals(_registeredClient, client) && string.Equals(_registeredAgent, userAgent, StringComparison.Ordinal);

    public void Registered(CounterDay day, System.Net.IPAddress? client, string userAgent)
    {
        _registeredDay = day;
        _registeredClient = client;
        _registeredAgent = userAgent;
    }
}

/// <summary>Puts the counter first in the pipeline, so that pages answered from the output cache are counted too.</summary>
internal sealed class AccessCounterStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<AccessCounterMiddleware>();
        next(app);
    };
}
