using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Services;
using Pelhrimov.Receivables.Statements.Data;
using Pelhrimov.Receivables.Statements.Domain;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Receivables.Statements;

/// <summary>A payment of a generated GPC statement: the bank's document number identifies it across statements.</summary>
internal sealed record GpcPayment(long Document, decimal Amount, string? VariableSymbol, string? SpecificSymbol = null, string Name = "Novák Jan", DateOnly? Date = null);

/// <summary>Generated statements, receivables with unique symbols, and what the database holds after an import.</summary>
internal static class StatementTesting
{
    public const string Url = "/admin/pohledavky/vypisy";
    public const string Account = "0001071234567899";

    private static readonly Encoding Windows1250 = CodePagesEncodingProvider.Instance.GetEncoding(1250)!;

    /// <summary>A variable symbol no other test and no sample receivable uses (sample ones start with 1 or 3).</summary>
    public static string NewSymbol() => "8" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);

    /// <summary>A bank document number range of its own, so that line keys of one test never meet another's.</summary>
    public static long NewDocumentBase() => Random.Shared.NextInt64(1_000_000, 9_000_000_000) * 100;

    /// <summary>A GPC statement (074 header and 075 credits) in windows-1250, CR LF, as banks export it.</summary>
    public static byte[] Gpc(int number, DateOnly date, IEnumerable<GpcPayment> payments, Func<string, string>? editText = null)
    {
        var items = new StringBuilder();
        long credits = 0;
        foreach (var p in payments)
        {
            var hellers = (long)(p.Amount * 100);
            var posted = (p.Date ?? date).ToString("ddMMyy", CultureInfo.InvariantCulture);
            credits += hellers;
            items.Append("075").Append(Account).Append("0000002900000005")
                .Append(p.Document.ToString("D13", CultureInfo.InvariantCulture)).Append(hellers.ToString("D12", CultureInfo.InvariantCulture)).Append('2')
                .Append((p.VariableSymbol ?? "").PadLeft(10, '0')).Append("00").Append("2010").Append("0308")
                .Append((p.SpecificSymbol ?? "").PadLeft(10, '0')).Append(posted)
                .Append(p.Name.PadRight(20)[..20]).Append('0').Append("1101").Append(posted).Append("\r\n");
        }
        const long opening = 100_000_000;
        var text = new StringBuilder()
            .Append("074").Append(Account).Append("MESTO PELHRIMOV".PadRight(20)).Append(date.AddDays(-1).ToString("ddMMyy", CultureInfo.InvariantCulture))
            .Append(opening.ToString("D14", CultureInfo.InvariantCulture)).Append('+')
            .Append((opening + credits).ToString("D14", CultureInfo.InvariantCulture)).Append('+')
            .Append(0L.ToString("D14", CultureInfo.InvariantCulture)).Append('0')
            .Append(credits.ToString("D14", CultureInfo.InvariantCulture)).Append('0')
            .Append(number.ToString("D3", CultureInfo.InvariantCulture)).Append(date.ToString("ddMMyy", CultureInfo.InvariantCulture)).Append(' ', 14).Append("\r\n")
            .Append(items).ToString();
        return Windows1250.GetBytes(editText?.Invoke(text) ?? text);
    }

    /// <summary>Stores receivables through the same writer as the finance system's API; returns their ids.</summary>
    public static Task<List<string>> ReceivablesAsync(this PortalApp app, params (string VariableSymbol, decimal Amount)[] receivables) =>
        app.InScopeAsync(async sp =>
        {
            var writes = receivables.Select(r => new ReceivableWrite(
                "VYP-T-" + Guid.NewGuid().ToString("N")[..10], "OS-900777", "Poplatek za komunální odpad", "2026", r.Amount, "CZK",
                new DateOnly(2099, 5, 31), r.VariableSymbol, null, null, new BankAccount("19", "623101", "0800"), false)).ToList();
            await sp.GetRequiredService<ReceivableWriter>().UpsertAsync(writes, CancellationToken.None);
            return writes.Select(w => w.Id).ToList();
        });

    public static Task<decimal> PaidAsync(this PortalApp app, string receivableId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ReceivablesDbContext>().Receivables.Where(r => r.ExternalId == receivableId)
            .Select(r => r.PaidAmount).SingleAsync());

    public static Task<int> PaymentCountAsync(this PortalApp app, string receivableId) =>
        app.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<ReceivablesDbContext>();
            return db.Payments.CountAsync(p => db.Receivables.Any(r => r.Id == p.ReceivableId && r.ExternalId == receivableId && p.Source == PaymentSource.BankStatement));
        });

    public static Task<int> ImportCountAsync(this PortalApp app) =>
        app.InScopeAsync(sp => sp.GetRequiredService<StatementsDbContext>().Imports.CountAsync());

    public static Task<ImportStatus> StatusAsync(this PortalApp app, long importId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<StatementsDbContext>().Imports.Where(i => i.Id == importId).Select(i => i.Status).SingleAsync());

    /// <summary>Uploads a file through the admin form; returns the import's id from the redirect to its preview.</summary>
    public static async Task<long> UploadAsync(this HttpClient staff, byte[] content, string fileName = "vypis.gpc")
    {
        using var response = await AntiforgeryForm.PostAsync(staff, Url, new Dictionary<string, string?>(), "form.statement-upload",
            [new FormFile("soubor", fileName, content)]);
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.True(path.StartsWith(Url + "/", StringComparison.Ordinal), "The upload did not lead to a preview: " + await response.Content.ReadAsStringAsync());
        return long.Parse(path[(Url.Length + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>Presses "Zaúčtovat" and waits until the background booking has marked the import booked.</summary>
    public static async Task ConfirmAndWaitAsync(this HttpClient staff, PortalApp app, long importId)
    {
        using var response = await AntiforgeryForm.PostAsync(staff, $"{Url}/{importId}", new Dictionary<string, string?>(), "form.statement-confirm");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await WaitUntilBookedAsync(app, importId);
    }

    public static async Task WaitUntilBookedAsync(PortalApp app, long importId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await app.StatusAsync(importId) != ImportStatus.Booked)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Import {importId} was not booked within 60 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>The preview's line rows: file line number → (state, match, receivable).</summary>
    public static Dictionary<int, (string State, string Match, string Receivable)> Rows(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".statement-lines tbody tr").ToDictionary(
            r => int.Parse(r.GetAttribute("data-line")!, CultureInfo.InvariantCulture),
            r => (r.QuerySelector(".statement-state")!.TextContent.Trim(), r.QuerySelector(".statement-match")!.TextContent.Trim(),
                r.QuerySelector(".statement-receivable")!.TextContent.Trim()));
}

/// <summary>A signed-in clerk (the role the import permission is given to by default).</summary>
internal static class ClerkClients
{
    public static async Task<HttpClient> ClerkClientAsync(this PortalApp app)
    {
        var clerk = await app.CreateStaffAsync(Pelhrimov.Core.Security.StaffRoles.Clerk);
        return await app.CreateStaffClientAsync(clerk.Email, clerk.Password);
    }
}
