using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pelhrimov.Tests.Core.Hosting;

/// <summary>
/// Malformed query strings, bodies, content types, headers and UTF-8 against every route of the app: the answer is a
/// valid status below 500, and a bad request leaves at most one log line, never a stack trace. Deterministic (fixed
/// seed) and bounded, so that it runs in CI in seconds.
/// </summary>
public sealed class MalformedRequestFuzzTests
{
    private const int Seed = 17;
    private const int RequestsPerRoute = 6;

    [Fact]
    public async Task Malformed_requests_to_every_route_get_a_valid_status_below_500_and_no_stack_trace()
    {
        var log = new LogRecorder();
        await using var app = await PortalApp.StartAsync(options: new() { ConfigureServices = s => s.AddSingleton<ILoggerProvider>(log) });
        var routes = Routes(app.Services);
        Assert.True(routes.Count > 40, $"Only {routes.Count} routes found");
        var random = new Random(Seed);
        var client = app.CreateClient(handleCookies: false, allowAutoRedirect: false);
        var failures = new List<string>();

        foreach (var (method, path) in routes)
        {
            for (var i = 0; i < RequestsPerRoute; i++)
            {
                using var request = MalformedRequests.Create(random, method, path);
                var description = $"{request.Method} {request.RequestUri} [{MalformedRequests.Describe(request)}]";
                try
                {
                    using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
                    var status = (int)response.StatusCode;
                    if (status is < 100 or >= 500)
                    {
                        failures.Add($"{status} {description}");
                    }
                }
                catch (HttpRequestException e)
                {
                    failures.Add($"no valid response ({e.Message}) {description}");
                }
            }
        }

        // Antiforgery logs a cookie it cannot decrypt with the exception; that is the framework's own line, one per request.
        var traces = log.Entries.Where(e => e.Exception is not null && e.Level >= LogLevel.Error && !e.Category.StartsWith("Microsoft.AspNetCore.Antiforgery", StringComparison.Ordinal))
            .Select(e => $"{e.Category}: {e.Message} {e.Exception}").Distinct().ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {routes.Count * RequestsPerRoute} requests failed:\n" + string.Join('\n', failures.Take(40))
            + "\nFirst stack traces logged:\n" + string.Join('\n', traces.Take(3)));
        Assert.True(traces.Count == 0, "Stack traces logged:\n" + string.Join('\n', traces.Take(5)));
    }

    /// <summary>Every route of the app with a method it accepts, its parameters filled with plausible values.</summary>
    private static List<(string Method, string Path)> Routes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
                .Select(m => (Method: m, Path: MalformedRequests.Fill(e.RoutePattern))))
            .Distinct()
            .OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();
}
