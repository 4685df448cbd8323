namespace Pelhrimov.Tests;

/// <summary>
/// Tests whose app must be the only one starting and stopping in the process. ASP.NET Core's meters are made per host
/// by its <c>IMeterFactory</c>, but OpenTelemetry's meter provider listens to every meter of the name in the process,
/// and when another test's host is disposed, its meter's disposal ends the shared stream in this app's provider too
/// (open-telemetry/opentelemetry-dotnet#6412): <c>http_server_request_duration_seconds</c> vanished from a scrape in
/// CI. A production process has one host, so this is the tests' own concern. Only tests that read such a meter (a
/// scrape, an OTLP export) belong here; xUnit runs this collection alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoleHostCollection
{
    public const string Name = "Sole host";
}
