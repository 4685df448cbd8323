using Pelhrimov.Core.Security;

namespace Pelhrimov.Tests.Core.Security;

/// <summary>The per-account throttle of password sign-in: a growing wait instead of a lockout.</summary>
public sealed class SignInThrottleTests
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public void Five_wrong_passwords_cost_nothing_then_each_attempt_waits_a_doubling_delay()
    {
        var throttle = new SignInThrottle(_clock);
        for (var i = 0; i < PasswordRules.FreeFailures; i++)
        {
            Assert.False(throttle.IsThrottled("staff:jana@example.cz"));
            throttle.Failed("staff:jana@example.cz");
        }

        Assert.True(throttle.IsThrottled("staff:jana@example.cz"));
        // The key is the typed address: its case and surrounding spaces make no difference.
        Assert.True(throttle.IsThrottled(" STAFF:Jana@Example.cz"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(throttle.IsThrottled("staff:jana@example.cz"));

        throttle.Failed("staff:jana@example.cz");
        _clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.True(throttle.IsThrottled("staff:jana@example.cz"));
        _clock.Advance(TimeSpan.FromSeconds(0.5));
        Assert.False(throttle.IsThrottled("staff:jana@example.cz"));
    }

    [Fact]
    public void However_many_wrong_guesses_the_owner_waits_at_most_the_maximum_delay()
    {
        var throttle = new SignInThrottle(_clock);
        for (var i = 0; i < 200; i++)
        {
            throttle.Failed("citizen:petr@example.cz");
        }
        // Asking while throttled changes nothing: only checked attempts count.
        for (var i = 0; i < 50; i++)
        {
            Assert.True(throttle.IsThrottled("citizen:petr@example.cz"));
        }

        _clock.Advance(PasswordRules.MaxThrottleDelay);

        Assert.False(throttle.IsThrottled("citizen:petr@example.cz"));
        Assert.False(throttle.IsThrottled("citizen:jiny@example.cz"));
    }

    [Fact]
    public void A_success_or_a_quiet_quarter_of_an_hour_forgets_the_failures()
    {
        var throttle = new SignInThrottle(_clock);
        for (var i = 0; i < PasswordRules.FreeFailures; i++)
        {
            throttle.Failed("a");
            throttle.Failed("b");
        }
        throttle.Succeeded("a");
        _clock.Advance(PasswordRules.FailureMemory + TimeSpan.FromSeconds(1));
        throttle.Failed("b");

        Assert.False(throttle.IsThrottled("a"));
        Assert.False(throttle.IsThrottled("b"));
    }
}
