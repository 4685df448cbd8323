// What the access counter costs on the request path, measured directly: the Analytics module's AccessCounterMiddleware
// and AccessCounter run on request contexts shaped like Kestrel's (GET /, HTTP/1.1, a browser's User-Agent, a client
// address, connection items), with the response's OnStarting callbacks fired after the rest of the pipeline, as Kestrel
// fires them before the first byte. The same harness around a middleware that only calls the next one is the baseline;
// the difference is the counter's cost per request. End-to-end req/s on a shared 2-core machine scatter by ±40 %
// between runs, far more than a 2 % effect, so bench/counter.sh compares this cost with the app's CPU time per home
// page request measured under wrk.
//
// dotnet run -c Release --project bench/CounterBench -- [--requests 4000000] [--threads 2] [--home-cpu-us 80.5]

using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Pelhrimov.Analytics.Services;

var requests = Option("--requests", 4_000_000);
var threads = Option("--threads", Environment.ProcessorCount);
var homeCpuUs = args.SkipWhile(a => a != "--home-cpu-us").Skip(1).Select(a => double.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault();

const string Browser = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";
const string Crawler = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

var scenarios = new (string Name, string Description, int RequestsPerConnection, string Agent)[]
{
    ("keep-alive", "a browser's connection carries 20 page views (what wrk and browsers do): one hash per connection", 20, Browser),
    ("new connection", "every page view on a new connection from a new visitor: bot check and salted hash every time", 1, Browser),
    ("crawler", "a crawler on new connections: recognised and not counted", 1, Crawler),
};

Console.WriteLine($"Access counter cost per request · {requests:N0} requests per measurement on {threads} threads · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| Scenario | Baseline ns/request | With the counter ns/request | Counter's cost ns/request | Share of a home page request's CPU |");
Console.WriteLine("| --- | --- | --- | --- | --- |");
foreach (var scenario in scenarios)
{
    // Warm-up (JIT, tiering), then alternate baseline and counter three times and keep each one's best.
    Measure(scenario.RequestsPerConnection, scenario.Agent, withCounter: false, requests / 4);
    Measure(scenario.RequestsPerConnection, scenario.Agent, withCounter: true, requests / 4);
    var baseline = double.MaxValue;
    var counted = double.MaxValue;
    for (var round = 0; round < 3; round++)
    {
        baseline = Math.Min(baseline, Measure(scenario.RequestsPerConnection, scenario.Agent, withCounter: false, requests));
        counted = Math.Min(counted, Measure(scenario.RequestsPerConnection, scenario.Agent, withCounter: true, requests));
    }
    var cost = Math.Max(0, counted - baseline);
    var share = homeCpuUs > 0 ? (100 * cost / (homeCpuUs * 1000)).ToString("0.000", CultureInfo.InvariantCulture) + " %" : "—";
    Console.WriteLine($"| {scenario.Name}: {scenario.Description} | {baseline:0.0} | {counted:0.0} | {cost:0.0} | {share} |");
}
if (homeCpuUs > 0)
{
    Console.WriteLine();
    Console.WriteLine($"Home page request, app CPU time without the counter (from bench/counter.sh): {homeCpuUs.ToString("0.00", CultureInfo.InvariantCulture)} µs.");
}
return 0;

// CPU time per request (all threads' CPU / requests), in ns: independent of how many cores other processes hold.
double Measure(int requestsPerConnection, string agent, bool withCounter, int total)
{
    var counter = new AccessCounter(TimeProvider.System);
    RequestDelegate page = static _ => Task.CompletedTask;
    RequestDelegate pipeline = withCounter ? new AccessCounterMiddleware(page, counter).InvokeAsync : context => page(context);
    var perThread = total / threads;
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var workers = Enumerable.Range(0, threads).Select(t => new Thread(() => Run(t, perThread)) { IsBackground = true }).ToList();
    workers.ForEach(w => w.Start());
    workers.ForEach(w => w.Join());
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    // The pending counts are what the flusher would store; taking them keeps memory flat between measurements.
    if (withCounter && counter.TakePending().Sum(b => b.Views) != (agent == Crawler ? 0 : perThread * threads))
    {
        throw new InvalidOperationException("The counter did not count every page view exactly once.");
    }
    return cpu.TotalNanoseconds / (perThread * threads);

    void Run(int thread, int count)
    {
        var connection = new Connection();
        var address = 0;
        for (var i = 0; i < count; i++)
        {
            if (i % requestsPerConnection == 0)
            {
                // A new connection from a new visitor (10.t.x.y): a fresh item store, as Kestrel gives each connection.
                address++;
                connection.Open(new IPAddress([10, (byte)thread, (byte)(address >> 8), (byte)address]), agent);
            }
            connection.Serve(pipeline);
        }
    }
}

int Option(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(fallback).First();

/// <summary>One HTTP/1.1 connection: Kestrel reuses its HttpContext and features for each request on it.</summary>
internal sealed class Connection
{
    private readonly HttpRequestFeature _request = new() { Method = "GET", Path = "/", Protocol = "HTTP/1.1", Scheme = "http" };
    private readonly ResponseFeature _response = new();
    private readonly HttpConnectionFeature _connection = new();
    private readonly ConnectionItems _items = new();
    private readonly DefaultHttpContext _context;

    public Connection()
    {
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(_request);
        features.Set<IHttpResponseFeature>(_response);
        features.Set<IHttpConnectionFeature>(_connection);
        features.Set<IConnectionItemsFeature>(_items);
        _context = new DefaultHttpContext(features);
    }

    public void Open(IPAddress client, string userAgent)
    {
        _connection.RemoteIpAddress = client;
        _request.Headers = new HeaderDictionary { ["User-Agent"] = userAgent, ["Host"] = "www.pelhrimov.cz" };
        _items.Items = new Dictionary<object, object?>();
    }

    public void Serve(RequestDelegate pipeline)
    {
        _response.Reset();
        pipeline(_context).GetAwaiter().GetResult();
        // The page was rendered: Kestrel fires OnStarting before writing the 200 text/html response's headers.
        _response.StatusCode = 200;
        _response.Headers.ContentType = "text/html; charset=utf-8";
        _response.FireOnStarting();
    }

    private sealed class ConnectionItems : IConnectionItemsFeature
    {
        public IDictionary<object, object?> Items { get; set; } = new Dictionary<object, object?>();
    }

    /// <summary>A response feature that keeps its OnStarting callbacks, as Kestrel's does.</summary>
    private sealed class ResponseFeature : IHttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _onStarting = [];

        public int StatusCode { get; set; } = 200;
        public string? ReasonPhrase { get; set; }
        public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();
        public Stream Body { get; set; } = Stream.Null;
        public bool HasStarted { get; private set; }

        public void OnStarting(Func<object, Task> callback, object state) => _onStarting.Add((callback, state));

        public void OnCompleted(Func<object, Task> callback, object state)
        {
        }

        public void Reset()
        {
            HasStarted = false;
            StatusCode = 200;
            Headers.Clear();
            _onStarting.Clear();
        }

        public void FireOnStarting()
        {
            HasStarted = true;
            for (var i = _onStarting.Count - 1; i >= 0; i--)
            {
                _onStarting[i].Callback(_onStarting[i].State).GetAwaiter().GetResult();
            }
        }
    }
}
