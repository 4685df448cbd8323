using Microsoft.AspNetCore.Builder;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// How many HTTP requests this node is answering right now. Background work that can wait (the event handlers: receipts,
/// e-mails, filings) asks it and gives way while citizens are waiting for pages (ADR 0058).
/// </summary>
public sealed class RequestsInFlight
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Counts one request until the returned value is disposed.</summary>
    public Scope Enter()
    {
        Interlocked.Increment(ref _count);
        return new Scope(this);
    }

    /// <summary>Counts every request from the start of the pipeline to its end (two interlocked operations per request).</summary>
    internal static void Use(IApplicationBuilder app, RequestsInFlight requests) => app.Use(async (context, next) =>
    {
        using var _ = requests.Enter();
        await next(context);
    });

    public readonly struct Scope(RequestsInFlight requests) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref requests._count);
    }
}
