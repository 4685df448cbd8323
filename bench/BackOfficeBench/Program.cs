using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

// /muj-portal for Jan Novák (eID through the NIA simulator, linked by the People module to OS-000001) on a site whose
// receivables and filings connectors are the HTTP ones, pointed at the back-office simulator:
// 1. the simulator answers every call after its latency (bench/backoffice.sh sets 40 ms): live data;
// 2. the simulator is down (drops every connection): the last good answers from the database, circuit open.
// Usage: dotnet BackOfficeBench.dll http://127.0.0.1:5932 http://127.0.0.1:5933 [page requests]

var site = new Uri(args[0]);
var simulator = new Uri(args[1]);
var pageRequests = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300;

using var citizen = Client();
var authorize = await RedirectAsync(citizen, "/prihlaseni/eid?returnUrl=%2Fmuj-ucet");
var callback = await RedirectAsync(citizen, authorize + "&persona=jan-novak");
var completion = await RedirectAsync(citizen, callback);
var complete = await citizen.GetAsync(completion);
if (complete.StatusCode == HttpStatusCode.OK)
{
    var consent = await FormAsync(citizen, completion, new() { ["Input.Agree"] = "true" }, "/prihlaseni/souhlas?returnUrl=%2Fmuj-ucet");
    Expect(consent.StatusCode == HttpStatusCode.Redirect, $"consent answered {consent.StatusCode}");
}
// The People module links him in an event handler after the sign-in: wait for both cards.
var deadline = DateTime.UtcNow.AddSeconds(30);
string page;
do
{
    page = await citizen.GetStringAsync("/muj-portal");
}
while (!(page.Contains("K zaplacení", StringComparison.Ordinal) && page.Contains("Rozpracováno", StringComparison.Ordinal)) && DateTime.UtcNow < deadline);
Expect(page.Contains("K zaplacení", StringComparison.Ordinal), "/muj-portal has no card K zaplacení: Jan is not linked");

await MeasureAsync("live_40ms", stale: false);

using var control = new HttpClient { BaseAddress = simulator };
using var down = await control.PostAsync("/_faults", new FormUrlEncodedContent(new Dictionary<string, string> { ["mode"] = "down" }));
Expect(down.IsSuccessStatusCode, "the simulator refused mode=down");
await MeasureAsync("down_cached", stale: true);

async Task MeasureAsync(string name, bool stale)
{
    for (var i = 0; i < 30; i++)
    {
        await citizen.GetStringAsync("/muj-portal");
    }
    var samples = new List<double>(pageRequests);
    for (var i = 0; i < pageRequests; i++)
    {
        var one = Stopwatch.StartNew();
        using var response = await citizen.GetAsync("/muj-portal");
        var html = await response.Content.ReadAsStringAsync();
        samples.Add(one.Elapsed.TotalMilliseconds);
        Expect(response.StatusCode == HttpStatusCode.OK, $"/muj-portal answered {response.StatusCode}");
        Expect(html.Contains("Údaje k ", StringComparison.Ordinal) == stale, stale ? "the page is not stamped as cached" : "the page is stamped as cached");
    }
    samples.Sort();
    double Percentile(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p / 100 * samples.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"muj_portal_{name}: requests={pageRequests} median_ms={Percentile(50):F2} p95_ms={Percentile(95):F2} p99_ms={Percentile(99):F2} max_ms={samples[^1]:F2}"));
}

HttpClient Client() =>
    new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = site };

// GETs the form page, posts the fields with its antiforgery token.
static async Task<HttpResponseMessage> FormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? action = null)
{
    var html = await client.GetStringAsync(url);
    var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    fields["__RequestVerificationToken"] = token;
    return await client.PostAsync(action ?? url, new FormUrlEncodedContent(fields));
}

static async Task<string> RedirectAsync(HttpClient client, string url)
{
    using var response = await client.GetAsync(url);
    Expect(response.StatusCode == HttpStatusCode.Redirect, $"{url} answered {response.StatusCode}");
    return response.Headers.Location!.ToString();
}

static void Expect(bool condition, string message)
{
    if (!condition)
    {
        throw new InvalidOperationException(message);
    }
}
