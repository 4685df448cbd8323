using System.Diagnostics;
using System.Globalization;
using System.Net;

// Complete eID sign-in round trips against a running portal with the NIA simulator: the portal's challenge, the
// simulator's authorize (persona pre-selected), the callback (code redeemed at the token endpoint, JWE decrypted,
// signature, nonce and replay checked), and the completion (account found by PersonIdentifier, attributes refreshed,
// session cookie issued). Each round trip uses a fresh cookie jar, like a new browser.
// Usage: dotnet run -c Release --project bench/SignInBench -- http://127.0.0.1:5930 [rounds] [warmup]

var baseAddress = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5930");
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
var warmup = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
string[] personas = ["jan-novak", "pavel-cernych", "marie-svobodova", "eva-kralova", "josef-marek"];

// First sign-in of each persona: consent and account creation, outside the measurement.
foreach (var persona in personas)
{
    await SignInAsync(persona, agreeIfAsked: true);
}
for (var i = 0; i < warmup; i++)
{
    await SignInAsync(personas[i % personas.Length], agreeIfAsked: false);
}

var samples = new List<double>(rounds);
var total = Stopwatch.StartNew();
for (var i = 0; i < rounds; i++)
{
    var watch = Stopwatch.StartNew();
    await SignInAsync(personas[i % personas.Length], agreeIfAsked: false);
    samples.Add(watch.Elapsed.TotalMilliseconds);
}
total.Stop();
samples.Sort();
double Percentile(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p / 100 * samples.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"rounds={rounds} median_ms={Percentile(50):F2} p95_ms={Percentile(95):F2} p99_ms={Percentile(99):F2} max_ms={samples[^1]:F2} per_second={rounds / total.Elapsed.TotalSeconds:F1}"));

async Task SignInAsync(string persona, bool agreeIfAsked)
{
    using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
    using var client = new HttpClient(handler) { BaseAddress = baseAddress };
    var authorize = await RedirectAsync(client, "/prihlaseni/eid?returnUrl=%2Fmuj-ucet");
    var callback = await RedirectAsync(client, authorize + "&persona=" + persona);
    var completion = await RedirectAsync(client, callback);
    using var complete = await client.GetAsync(completion);
    if (complete.StatusCode == HttpStatusCode.Redirect)
    {
        Expect(complete.Headers.Location!.ToString() == "/muj-ucet", "completion did not end at /muj-ucet");
        return;
    }
    Expect(agreeIfAsked && complete.StatusCode == HttpStatusCode.OK, $"unexpected {complete.StatusCode} at {completion}");
    var html = await complete.Content.ReadAsStringAsync();
    var marker = "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"";
    var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
    var token = html[start..html.IndexOf('"', start)];
    using var agreed = await client.PostAsync("/prihlaseni/souhlas?returnUrl=%2Fmuj-ucet", new FormUrlEncodedContent(
        new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.Agree"] = "true" }));
    Expect(agreed.StatusCode == HttpStatusCode.Redirect, $"consent answered {agreed.StatusCode}");
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
