namespace Pelhrimov.Tests.Infrastructure;

/// <summary>A clock that moves only when a test says so, for waits that would otherwise be real sleeps.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
