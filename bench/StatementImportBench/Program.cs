using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

// The whole admin import of a generated GPC statement through the running site, as a clerk does it:
// 1. <lines> open receivables are pushed through the receivables API (not measured);
// 2. upload: POST /admin/pohledavky/vypisy with the statement (parse + match + store the draft with every line);
// 3. booking: "Zaúčtovat", then the import page is read until the background booking says "Zaúčtováno"
//    (every matched line booked with ReceivableWriter.BookPaymentAsync, 250 per transaction).
// The issue's target: a 10 000-line statement booked in under 10 s.
// Usage: dotnet StatementImportBench.dll http://127.0.0.1:5933 <admin e-mail> <admin password> [lines=10000]

var baseAddress = new Uri(args[0]);
var adminEmail = args[1];
var adminPassword = args[2];
var lineCount = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10_000;

using var staff = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
{
    BaseAddress = baseAddress,
    Timeout = TimeSpan.FromMinutes(5),
};
using var signIn = await FormAsync(staff, "/admin/prihlaseni", new() { ["Email"] = adminEmail, ["Password"] = adminPassword, ["ReturnUrl"] = "/admin" });
Expect(signIn.StatusCode == HttpStatusCode.Redirect, $"staff sign-in answered {signIn.StatusCode}");
using var created = await FormAsync(staff, "/admin/api-klienti/novy", new() { ["DisplayName"] = "Bench", ["ClientId"] = "bench-" + Environment.TickCount64, ["Scopes"] = "receivables.write" });
var secretPage = await created.Content.ReadAsStringAsync();
var secret = WebUtility.HtmlDecode(Regex.Match(secretPage, "class=\"client-secret[^\"]*\"[^>]*>([^<]+)<").Groups[1].Value.Trim());
var clientId = WebUtility.HtmlDecode(Regex.Match(secretPage, "class=\"client-id\"[^>]*>([^<]+)<").Groups[1].Value.Trim());
Expect(secret.Length > 0, "no client secret on the page after creating the client");
using var api = new HttpClient { BaseAddress = baseAddress };
using var tokenResponse = await api.PostAsync("/api/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
{
    ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
}));
var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

// Receivables with variable symbols 7000000000 + i, 500 to 1 100 Kč.
var run = Environment.TickCount64;
for (var start = 0; start < lineCount; start += 1000)
{
    var items = Enumerable.Range(start, Math.Min(1000, lineCount - start)).Select(i => new
    {
        id = $"BENCH-{run}-{i}", personId = $"OS-BENCH-{i % 500}", kind = "Poplatek za komunální odpad", period = "2026",
        amount = 500m + i % 7 * 100, dueDate = "2099-05-31", variableSymbol = (7_000_000_000L + i).ToString(CultureInfo.InvariantCulture),
        accountNumber = "19-623101", bankCode = "0800",
    }).ToList();
    using var response = await api.PostAsJsonAsync("/api/v1/pohledavky/davka", new { items });
    Expect(response.IsSuccessStatusCode, $"receivables batch answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}

var statement = Statement(lineCount, run);
Console.WriteLine($"statement: lines={lineCount} kB={statement.Length / 1024}");

var watch = Stopwatch.StartNew();
var page = await staff.GetStringAsync("/admin/pohledavky/vypisy");
using var upload = new MultipartFormDataContent
{
    { new StringContent(Token(page)), "__RequestVerificationToken" },
    { new ByteArrayContent(statement), "soubor", "bench.gpc" },
};
using var uploaded = await staff.PostAsync("/admin/pohledavky/vypisy", upload);
Expect(uploaded.StatusCode == HttpStatusCode.Redirect, $"upload answered {uploaded.StatusCode}: {await uploaded.Content.ReadAsStringAsync()}");
var importUrl = uploaded.Headers.Location!.ToString();
var uploadSeconds = watch.Elapsed.TotalSeconds;
var preview = await staff.GetStringAsync(importUrl);
var toBook = int.Parse(Regex.Match(WebUtility.HtmlDecode(preview), @"podle návrhu níže: ([\d\u00A0 ]+)\.").Groups[1].Value.Replace("\u00A0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

watch.Restart();
using var confirmed = await staff.PostAsync(importUrl + "/zauctovat", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(preview) }));
Expect(confirmed.StatusCode == HttpStatusCode.Redirect, $"confirmation answered {confirmed.StatusCode}");
string status;
var polls = 0;
do
{
    await Task.Delay(100);
    status = await staff.GetStringAsync(importUrl);
    polls++;
}
while (!status.Contains("class=\"statement-booked\"", StringComparison.Ordinal) && watch.Elapsed < TimeSpan.FromMinutes(5));
var bookSeconds = watch.Elapsed.TotalSeconds;
var booked = Regex.Match(WebUtility.HtmlDecode(status), @"Počet zaúčtovaných plateb: ([\d\u00A0 ]+)\.").Groups[1].Value.Replace("\u00A0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"upload (parse + match + store draft): seconds={uploadSeconds:F2}; proposed={toBook}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"booking (confirm until booked, polled every 0.1 s): seconds={bookSeconds:F2}; booked={booked}; page reads={polls}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total: seconds={uploadSeconds + bookSeconds:F2}"));
Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");

// Every tenth pays half, every twentieth has a symbol nobody owes; the rest pay exactly.
static byte[] Statement(int lines, long run)
{
    var items = new StringBuilder();
    long credits = 0;
    for (var i = 0; i < lines; i++)
    {
        var hellers = (500L + i % 7 * 100) * 100;
        var paid = i % 10 == 3 ? hellers / 2 : hellers;
        var symbol = i % 20 == 7 ? 9_000_000_000L + i : 7_000_000_000L + i;
        credits += paid;
        items.Append("075").Append("0001071234567899").Append("0000002900000005")
            .Append((run % 1_000_000 * 100_000 + i).ToString("D13", CultureInfo.InvariantCulture)).Append(paid.ToString("D12", CultureInfo.InvariantCulture)).Append('2')
            .Append(symbol.ToString("D10", CultureInfo.InvariantCulture)).Append("00").Append("2010").Append("0308").Append("0000000000").Append("011226")
            .Append("Šťastná Růžena".PadRight(20)).Append('0').Append("1101").Append("011226").Append("\r\n");
    }
    const long opening = 100_000_000;
    var text = new StringBuilder().Append("074").Append("0001071234567899").Append("MESTO PELHRIMOV".PadRight(20)).Append("301126")
        .Append(opening.ToString("D14", CultureInfo.InvariantCulture)).Append('+')
        .Append((opening + credits).ToString("D14", CultureInfo.InvariantCulture)).Append('+')
        .Append(0L.ToString("D14", CultureInfo.InvariantCulture)).Append('0')
        .Append(credits.ToString("D14", CultureInfo.InvariantCulture)).Append('0')
        .Append((run % 1000).ToString("D3", CultureInfo.InvariantCulture)).Append("011226").Append(' ', 14).Append("\r\n").Append(items);
    return CodePagesEncodingProvider.Instance.GetEncoding(1250)!.GetBytes(text.ToString());
}

static string Token(string html) => WebUtility.HtmlDecode(Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

static async Task<HttpResponseMessage> FormAsync(HttpClient client, string url, Dictionary<string, string> fields)
{
    fields["__RequestVerificationToken"] = Token(await client.GetStringAsync(url));
    return await client.PostAsync(url, new FormUrlEncodedContent(fields));
}

static void Expect(bool condition, string message)
{
    if (!condition)
    {
        throw new InvalidOperationException(message);
    }
}
