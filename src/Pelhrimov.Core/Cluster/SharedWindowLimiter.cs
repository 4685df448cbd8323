using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Cluster;

/// <summary>
/// A fixed-window <see cref="RateLimiter"/> whose count lives in an <see cref="IWindowCounter"/>, so that every node
/// counts against the same limit. Refused attempts count too (as .NET's fixed window does not): they are what a guesser
/// sends, and the window ends at the same time for all of them anyway.
/// </summary>
public sealed class SharedWindowLimiter(IWindowCounter counter, string key, int permitLimit, TimeSpan window) : RateLimiter
{
    private long _lastUsed = Environment.TickCount64;

    /// <summary>The partition for <paramref name="key"/> of a policy, shared when the host runs in cluster mode.</summary>
    public static RateLimitPartition<string> Partition(IServiceProvider services, string policy, string key, int permitLimit, TimeSpan window) =>
        Partition(services.GetService<IWindowCounter>(), policy, key, permitLimit, window);

    /// <summary>
    /// The partition for <paramref name="key"/>: counted in <paramref name="counter"/> (Redis key <c>rate:{policy}:{key}</c>)
    /// in cluster mode, else .NET's own in-memory fixed window exactly as on one node.
    /// </summary>
    public static RateLimitPartition<string> Partition(IWindowCounter? counter, string policy, string key, int permitLimit, TimeSpan window)
    {
        var limit = Math.Max(1, permitLimit);
        return counter is null
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 })
            : RateLimitPartition.Get(key, k => new SharedWindowLimiter(counter, $"rate:{policy}:{k}", limit, window));
    }

    public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
        var count = counter.Add(key, permitCount, window);
        return permitCount == 0
            ? new Lease(count.Count < permitLimit, count.ResetsIn)
            : new Lease(count.Count <= permitLimit, count.ResetsIn);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool acquired, TimeSpan retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => acquired ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = !acquired && metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
