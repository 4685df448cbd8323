using System.Diagnostics.CodeAnalysis;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>
/// The rule for tests that need something outside .NET (Chromium, a PostgreSQL server): without it they are
/// skipped with the reason, except under <c>CI=true</c>, where CI promised to provide it and they fail.
/// </summary>
public static class TestRequirement
{
    [DoesNotReturn]
    public static void Unavailable(string reason)
    {
        if (TestEnvironment.IsCI)
        {
            Assert.Fail($"{reason} CI=true, so this is a failure rather than a skip.");
        }
        Assert.Skip(reason);
    }

    /// <summary>Skips (or fails in CI) unless the PostgreSQL server of <c>PORTAL_TEST_PG</c> answers.</summary>
    public static async Task PostgresAsync()
    {
        if (await PostgresServer.ProbeAsync() is { } problem)
        {
            Unavailable($"No PostgreSQL server at {PostgresServer.Describe()} ({problem}). Set {TestEnvironment.PostgresVariable} or run .ci/run.");
        }
    }
}
