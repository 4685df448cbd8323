using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Pelhrimov.BackOfficeSimulator;

/// <summary>
/// The simulated back office: the contract's endpoints under <c>/v1</c> (key in <c>X-Api-Key</c>), the fault switches at
/// <c>/_faults</c>. Configuration (<c>BackOfficeSimulator:*</c>): <c>ApiKey</c> (default <c>simulator-key</c>),
/// <c>Recipe</c> (default: the sample recipe copied next to the program), <c>Fault</c>, <c>DelayMs</c>, <c>LatencyMs</c>.
/// </summary>
public static class BackOfficeSimulatorApp
{
    public const string DefaultApiKey = "simulator-key";
    public const string DefaultUrl = "http://localhost:5090";

    /// <summary>The app, configured from <paramref name="args"/>, the environment and <paramref name="settings"/>; not started.</summary>
    public static WebApplication Create(string[] args, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(BackOfficeSimulatorApp).Assembly.GetName().Name,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        var section = builder.Configuration.GetSection("BackOfficeSimulator");
        var faults = new Faults();
        faults.Set(
            Enum.TryParse<FaultMode>(section["Fault"], ignoreCase: true, out var mode) ? mode : FaultMode.None,
            section.GetValue<int?>("DelayMs") is { } delay ? TimeSpan.FromMilliseconds(delay) : null,
            section.GetValue<int?>("LatencyMs") is { } latency ? TimeSpan.FromMilliseconds(latency) : null);
        var recipe = section["Recipe"] ?? Path.Combine(AppContext.BaseDirectory, "backoffice-sample", "recipe.json");
        builder.Services.AddSingleton(faults);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new SampleBackOffice(recipe, sp.GetRequiredService<TimeProvider>()));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var app = builder.Build();
        var apiKey = Encoding.UTF8.GetBytes(section["ApiKey"] is { Length: > 0 } key ? key : DefaultApiKey);
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal))
            {
                await next(context);
                return;
            }
            faults.Count();
            var given = Encoding.UTF8.GetBytes(context.Request.Headers["X-Api-Key"].ToString());
            if (!CryptographicOperations.FixedTimeEquals(given, apiKey))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
            switch (faults.Mode)
            {
                case FaultMode.Down:
                    context.Abort();
                    return;
                case FaultMode.Error:
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    await context.Response.WriteAsJsonAsync(new { title = "Simulated failure" });
                    return;
                case FaultMode.Malformed:
                    context.Response.ContentType = "application/json";
                    await context.Response.WriteAsync("{\"receivables\": [{\"id\": \"ODP-", context.RequestAborted);
                    return;
                case FaultMode.Slow:
                    await Task.Delay(faults.Delay, context.RequestAborted);
                    break;
                default:
                    if (faults.Latency > TimeSpan.Zero)
                    {
                        await Task.Delay(faults.Latency, context.RequestAborted);
                    }
                    break;
            }
            await next(context);
        });
        Map(app);
        return app;
    }

    /// <summary>Starts the simulator on a free port of 127.0.0.1 (tests): another origin than the portal.</summary>
    public static async Task<StartedSimulator> StartAsync(IDictionary<string, string?>? settings = null, int port = 0)
    {
        var app = Create(["--urls", $"http://127.0.0.1:{port}"], settings);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StartedSimulator(app, new Uri(address + "/"));
    }

    private static void Map(WebApplication app)
    {
        var data = app.Services.GetRequiredService<SampleBackOffice>();
        var faults = app.Services.GetRequiredService<Faults>();

        app.MapGet("/v1/receivables", (HttpRequest request) =>
            Persons(request) is { } persons ? Results.Json(data.ListReceivables(persons)) : MissingPersons());
        app.MapGet("/v1/receivables/{id}", (string id, HttpRequest request) =>
            Persons(request) is not { } persons ? MissingPersons()
            : data.FindReceivable(id, persons) is { } found ? Results.Json(found) : Results.NotFound());
        app.MapGet("/v1/filings", (HttpRequest request) =>
            Persons(request) is { } persons ? Results.Json(data.ListFilings(persons)) : MissingPersons());
        app.MapGet("/v1/filings/{reference}", (string reference, HttpRequest request) =>
            Persons(request) is not { } persons ? MissingPersons()
            : data.FindFiling(reference, persons) is { } found ? Results.Json(found) : Results.NotFound());
        app.MapGet("/v1/filings/{reference}/documents/{documentId}", (string reference, string documentId, HttpRequest request) =>
            Persons(request) is not { } persons ? MissingPersons()
            : data.FindDocument(reference, documentId, persons) is { } file
                ? Results.File(file.Path, file.ContentType, Path.GetFileName(file.Path))
                : Results.NotFound());

        app.MapGet("/_faults", () => Results.Json(State(faults)));
        // { "mode": "none|slow|down|error|malformed", "delayMs": 5000, "latencyMs": 40 } as JSON, or the same as form fields.
        app.MapPost("/_faults", async (HttpRequest request) =>
        {
            Dictionary<string, string?> fields;
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync();
                fields = form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            }
            else
            {
                using var body = await JsonDocument.ParseAsync(request.Body);
                fields = body.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (string?)p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            }
            if (!Enum.TryParse<FaultMode>(fields.GetValueOrDefault("mode") ?? "none", ignoreCase: true, out var mode) || !Enum.IsDefined(mode))
            {
                return Results.BadRequest(new { error = "mode is one of none, slow, down, error, malformed" });
            }
            faults.Set(mode,
                int.TryParse(fields.GetValueOrDefault("delayMs"), out var delay) ? TimeSpan.FromMilliseconds(delay) : null,
                int.TryParse(fields.GetValueOrDefault("latencyMs"), out var latency) ? TimeSpan.FromMilliseconds(latency) : null);
            return Results.Json(State(faults));
        });
    }

    private static object State(Faults faults) => new
    {
        mode = faults.Mode.ToString().ToLowerInvariant(),
        delayMs = (int)faults.Delay.TotalMilliseconds,
        latencyMs = (int)faults.Latency.TotalMilliseconds,
        requests = faults.Requests,
    };

    private static string[]? Persons(HttpRequest request) =>
        request.Query["personId"].Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!).ToArray() is { Length: > 0 } persons ? persons : null;

    private static IResult MissingPersons() => Results.BadRequest(new { error = "personId (one or more) is required" });
}

/// <summary>A simulator started in-process, with its address; disposing stops it.</summary>
public sealed class StartedSimulator(WebApplication app, Uri baseUrl) : IAsyncDisposable
{
    public Uri BaseUrl { get; } = baseUrl;

    public Faults Faults => app.Services.GetRequiredService<Faults>();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
