using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Cluster;

namespace Pelhrimov.Receivables.Services;

/// <summary>
/// The two limits of <c>/zaplatit</c>, in this node's memory or in cluster mode shared by every node: every submission counts against the client address;
/// only a wrong combination counts against the variable symbol, and once a symbol has used up its failures every
/// attempt with it is refused until the window ends, the right code included (otherwise guessing would go on).
/// </summary>
public sealed class PayWithCodeThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _failuresPerSymbol;

    /// <param name="counter">Cluster mode's shared counters (ADR 0054); without them .NET's limiters in this node's memory.</param>
    public PayWithCodeThrottle(IOptions<PayWithCodeOptions> options, IWindowCounter? counter = null)
    {
        var settings = options.Value;
        _perAddress = PartitionedRateLimiter.Create<string, string>(address =>
            SharedWindowLimiter.Partition(counter, "pay-address", address, settings.AttemptsPerMinutePerAddress, TimeSpan.FromMinutes(1)));
        _failuresPerSymbol = PartitionedRateLimiter.Create<string, string>(symbol =>
            SharedWindowLimiter.Partition(counter, "pay-symbol", symbol, settings.FailuresPerVariableSymbol, settings.FailureWindow));
    }

    /// <summary>Counts a submission from <paramref name="address"/>; null when allowed, else how long to wait.</summary>
    public TimeSpan? Attempt(string address)
    {
        using var lease = _perAddress.AttemptAcquire(address);
        return lease.IsAcquired ? null : RetryAfter(lease);
    }

    /// <summary>Null when <paramref name="variableSymbol"/> may still be tried, else how long to wait. Counts nothing.</summary>
    public TimeSpan? Blocked(string variableSymbol)
    {
        using var lease = _failuresPerSymbol.AttemptAcquire(variableSymbol, 0);
        return lease.IsAcquired ? null : RetryAfter(lease);
    }

    /// <summary>Counts a wrong combination against <paramref name="variableSymbol"/>.</summary>
    public void Failed(string variableSymbol) => _failuresPerSymbol.AttemptAcquire(variableSymbol).Dispose();

    public void Dispose()
    {
        _perAddress.Dispose();
        _failuresPerSymbol.Dispose();
    }

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromMinutes(1);
}
