using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

// 1. The receivables API: batches of 1000 new receivables through POST /api/v1/pohledavky/davka (one transaction each),
//    as the finance system's nightly push; receivables per second over all batches.
// 2. /muj-portal/platby for Jan Novák (eID through the simulator, linked by the People module to OS-000001) with 200
//    receivables: latency of the whole page.
// Usage: dotnet ReceivablesBench.dll http://127.0.0.1:5931 <admin e-mail> <admin password> [batches] [page requests]

var baseAddress = new Uri(args[0]);
var adminEmail = args[1];
var adminPassword = args[2];
var batches = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10;
var pageRequests = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 300;

// An API client with receivables.write, made through the admin like a real one.
using var staff = Client(out _);
var signIn = await FormAsync(staff, "/admin/prihlaseni", new() { ["Email"] = adminEmail, ["Password"] = adminPassword, ["ReturnUrl"] = "/admin" });
Expect(signIn.StatusCode == HttpStatusCode.Redirect, $"staff sign-in answered {signIn.StatusCode}");
var created = await FormAsync(staff, "/admin/api-klienti/novy", new() { ["DisplayName"] = "Bench", ["ClientId"] = "bench-" + Environment.TickCount64, ["Scopes"] = "receivables.write" }, scopes: ["receivables.write", "filings.write"]);
var secretPage = await created.Content.ReadAsStringAsync();
var secret = WebUtility.HtmlDecode(Regex.Match(secretPage, "class=\"client-secret[^\"]*\"[^>]*>([^<]+)<").Groups[1].Value.Trim());
var clientId = WebUtility.HtmlDecode(Regex.Match(secretPage, "class=\"client-id\"[^>]*>([^<]+)<").Groups[1].Value.Trim());
Expect(secret.Length > 0, "no client secret on the page after creating the client");
using var api = new HttpClient { BaseAddress = baseAddress };
using var tokenResponse = await api.PostAsync("/api/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
{
    ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "receivables.write filings.write",
}));
var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

object Item(string id, string person, int i) => new
{
    id, personId = person, kind = i % 3 == 0 ? "Nájemné" : i % 3 == 1 ? "Poplatek ze psů" : "Poplatek za komunální odpad",
    period = (2020 + (i % 7)).ToString(CultureInfo.InvariantCulture), amount = 100m + (i % 50) * 10.5m,
    dueDate = new DateOnly(2020 + (i % 7), 1 + (i % 12), 15).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    variableSymbol = (1_000_000_000L + i).ToString(CultureInfo.InvariantCulture), accountNumber = "19-623101", bankCode = "0800",
};

// Warm-up batch (JIT, EF Core query compilation), not measured.
Expect((await api.PostAsJsonAsync("/api/v1/pohledavky/davka", new { items = Enumerable.Range(0, 100).Select(i => Item($"W-{i}", "OS-BENCH-W", i)) })).IsSuccessStatusCode, "warm-up batch failed");
var run = Environment.TickCount64;
var watch = Stopwatch.StartNew();
for (var b = 0; b < batches; b++)
{
    var items = Enumerable.Range(0, 1000).Select(i => Item($"B{run}-{b}-{i}", $"OS-BENCH-{i % 500}", i)).ToList();
    using var response = await api.PostAsJsonAsync("/api/v1/pohledavky/davka", new { items });
    Expect(response.IsSuccessStatusCode, $"batch {b} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}
watch.Stop();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"api_batch: receivables={batches * 1000} seconds={watch.Elapsed.TotalSeconds:F2} per_second={batches * 1000 / watch.Elapsed.TotalSeconds:F0}"));

// Jan Novák (OS-000001, 4 sample receivables) gets 196 more: 200 in all.
Expect((await api.PostAsJsonAsync("/api/v1/pohledavky/davka", new { items = Enumerable.Range(0, 196).Select(i => Item($"JAN-{run}-{i}", "OS-000001", i)) })).IsSuccessStatusCode, "Jan's batch failed");
// ... and 100 filings (the 3 sample ones and 97 more), a third of them with two status changes.
for (var i = 0; i < 97; i++)
{
    var filingId = $"SPIS-{run}-{i}";
    using var put = await api.PutAsJsonAsync("/api/v1/podani/" + filingId, new
    {
        personId = "OS-000001", subject = $"Žádost č. {i} o vydání rozhodnutí", channel = i % 2 == 0 ? "portal" : "e-mail",
        submittedAt = DateTimeOffset.UtcNow.AddDays(-i).ToString("O", CultureInfo.InvariantCulture), department = "Odbor vnitřních věcí",
    });
    Expect(put.IsSuccessStatusCode, $"filing {i} answered {put.StatusCode}: {await put.Content.ReadAsStringAsync()}");
    if (i % 3 == 0)
    {
        foreach (var (status, key) in new[] { ("v-reseni", "a"), ("ceka-na-doplneni", "b") })
        {
            using var change = await api.PostAsJsonAsync($"/api/v1/podani/{filingId}/stav", new { changeId = key, status, note = "Prosíme o doplnění." });
            Expect(change.IsSuccessStatusCode, $"status of filing {i} answered {change.StatusCode}: {await change.Content.ReadAsStringAsync()}");
        }
    }
}
using var citizen = Client(out _);
var authorize = await RedirectAsync(citizen, "/prihlaseni/eid?returnUrl=%2Fmuj-ucet");
var callback = await RedirectAsync(citizen, authorize + "&persona=jan-novak");
var completion = await RedirectAsync(citizen, callback);
var complete = await citizen.GetAsync(completion);
if (complete.StatusCode == HttpStatusCode.OK)
{
    var consent = await FormAsync(citizen, completion, new() { ["Input.Agree"] = "true" }, "/prihlaseni/souhlas?returnUrl=%2Fmuj-ucet");
    Expect(consent.StatusCode == HttpStatusCode.Redirect, $"consent answered {consent.StatusCode}");
}
// The People module links him in an event handler after the sign-in.
var deadline = DateTime.UtcNow.AddSeconds(30);
int rows;
do
{
    rows = Regex.Count(await citizen.GetStringAsync("/muj-portal/platby"), "href=\"/muj-portal/platby/");
}
while (rows < 200 && DateTime.UtcNow < deadline);
Expect(rows == 200, $"/muj-portal/platby lists {rows} receivables, expected 200");

foreach (var page in new[] { "/muj-portal", "/muj-portal/platby", "/muj-portal/podani" })
{
    for (var i = 0; i < 30; i++)
    {
        await citizen.GetStringAsync(page);
    }
    var samples = new List<double>(pageRequests);
    for (var i = 0; i < pageRequests; i++)
    {
        var one = Stopwatch.StartNew();
        using var response = await citizen.GetAsync(page);
        await response.Content.ReadAsByteArrayAsync();
        Expect(response.StatusCode == HttpStatusCode.OK, $"{page} answered {response.StatusCode}");
        samples.Add(one.Elapsed.TotalMilliseconds);
    }
    samples.Sort();
    double Percentile(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p / 100 * samples.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"citizen_page: {page} receivables=200 filings=100 requests={pageRequests} median_ms={Percentile(50):F2} p95_ms={Percentile(95):F2} p99_ms={Percentile(99):F2} max_ms={samples[^1]:F2}"));
}

HttpClient Client(out CookieContainer cookies)
{
    cookies = new CookieContainer();
    return new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies, UseCookies = true }) { BaseAddress = baseAddress };
}

// GETs the form page, posts the fields with its antiforgery token.
// The token is the same in all forms of a page; the form posts to the page's own address unless told.
static async Task<HttpResponseMessage> FormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? action = null, string[]? scopes = null)
{
    var html = await client.GetStringAsync(url);
    var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    fields["__RequestVerificationToken"] = token;
    var values = fields.Where(f => f.Key != "Scopes" || scopes is null).Concat((scopes ?? []).Select(s => KeyValuePair.Create("Scopes", s)));
    return await client.PostAsync(action ?? url, new FormUrlEncodedContent(values));
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
