using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Pelhrimov.Core.Observability;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Pelhrimov.Core.BackOffice;

/// <summary>
/// <c>portal.back_office.call.duration</c> (seconds): every call of an HTTP connector as a page sees it, retries and waits
/// included, by <c>connector</c> (<c>receivables</c>, <c>filings</c>) and <c>outcome</c> (<c>success</c>, <c>not-found</c>,
/// <c>error-status</c>, <c>timeout</c>, <c>circuit-open</c>, <c>network</c>, <c>cancelled</c>). A body that is not the
/// contract's JSON is read after this and counts as <c>success</c> here (it is logged as a warning). ADR 0051.
/// </summary>
public sealed class BackOfficeCallMeasurement(string connector) : DelegatingHandler
{
    public static readonly Histogram<double> Duration = PortalMeters.Core.CreateHistogram(
        "portal.back_office.call.duration", "s", "Calls of back-office connectors, retries included.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8] });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "network";
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            outcome = response.IsSuccessStatusCode ? "success" : response.StatusCode == HttpStatusCode.NotFound ? "not-found" : "error-status";
            return response;
        }
        catch (BrokenCircuitException)
        {
            outcome = "circuit-open";
            throw;
        }
        catch (TimeoutRejectedException)
        {
            outcome = "timeout";
            throw;
        }
        catch (OperationCanceledException)
        {
            outcome = cancellationToken.IsCancellationRequested ? "cancelled" : "timeout";
            throw;
        }
        finally
        {
            Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new("connector", connector), new("outcome", outcome));
        }
    }
}

/// <summary>
/// <c>portal.back_office.circuit.state</c>: each HTTP connector's circuit breaker on this node, by <c>connector</c>: 0 closed
/// (calls go to the back office), 1 half-open (one trial call), 2 open (pages answer from the last good answer at once).
/// A connector appears with its first call. One per site (DI), so the gauge ends with the host.
/// </summary>
public sealed class BackOfficeCircuits : IDisposable
{
    private readonly ConcurrentDictionary<string, CircuitBreakerStateProvider> _circuits = new(StringComparer.Ordinal);
    private readonly Meter _meter;

    public BackOfficeCircuits(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(PortalMeters.Core.Name);
        _meter.CreateObservableGauge("portal.back_office.circuit.state", Observe, "{state}",
            "Circuit breaker of each back-office connector: 0 closed, 1 half-open, 2 open.");
    }

    /// <summary>A new state provider for <paramref name="connector"/>'s pipeline (a pipeline built again replaces the old one).</summary>
    public CircuitBreakerStateProvider Track(string connector)
    {
        var provider = new CircuitBreakerStateProvider();
        _circuits[connector] = provider;
        return provider;
    }

    private IEnumerable<Measurement<int>> Observe() =>
        _circuits.Select(c => new Measurement<int>(c.Value.CircuitState switch
        {
            CircuitState.Closed => 0,
            CircuitState.HalfOpen => 1,
            _ => 2,   // open or isolated
        }, new KeyValuePair<string, object?>("connector", c.Key)));

    public void Dispose() => _meter.Dispose();
}
