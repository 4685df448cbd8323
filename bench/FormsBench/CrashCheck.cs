using System.Diagnostics;
using System.Globalization;

namespace Pelhrimov.FormsBench;

/// <summary>
/// After the kill and the restart: every acknowledged reference stored exactly once, every stored submission with
/// exactly one receipt (the file whose SHA-256 was stored with it) and exactly one confirmation e-mail in the outbox.
/// </summary>
public static class CrashCheck
{
    public static async Task<int> VerifyAsync(SiteStore store, string referencesFile)
    {
        var watch = Stopwatch.StartNew();
        long open;
        while ((open = await store.OpenDeliveriesAsync()) > 0 && watch.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(250);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"after restart: event deliveries open={open}, {watch.Elapsed.TotalSeconds:F1} s after the site answered again"));

        var acknowledged = await File.ReadAllLinesAsync(referencesFile);
        var stored = await store.SubmissionsAsync(StreetLightReport.Slug);
        var byReference = stored.GroupBy(s => s.Reference, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var missing = acknowledged.Count(r => !byReference.ContainsKey(r));
        var doubled = acknowledged.Count(r => byReference.GetValueOrDefault(r) > 1);
        var unacknowledged = stored.Count - acknowledged.Intersect(byReference.Keys, StringComparer.Ordinal).Count();
        var notReady = stored.Count(s => s.ReceiptState != "Ready");
        var badReceipt = stored.Count(s => s.ReceiptState == "Ready" && !store.ReceiptMatches(s));
        var noMail = stored.Count(s => s.Mails == 0);
        var manyMails = stored.Count(s => s.Mails > 1);
        var (pdfs, temporary) = store.ReceiptFiles();
        var (_, _, mails) = await store.CountsAsync(StreetLightReport.Slug);

        Console.WriteLine($"acknowledged to clients: {acknowledged.Length} (distinct {acknowledged.Distinct(StringComparer.Ordinal).Count()})");
        Console.WriteLine($"stored: {stored.Count}; acknowledged but missing: {missing}; acknowledged and stored twice: {doubled}; " +
            $"stored without an acknowledgement (in flight at the kill): {unacknowledged}");
        Console.WriteLine($"receipts: not ready {notReady}; ready but file missing or SHA-256 different {badReceipt}; " +
            $"PDF files {pdfs} for {stored.Count} submissions; half-written .tmp files left {temporary}");
        Console.WriteLine($"e-mails (outbox rows 'form-submitted'): {mails} for {stored.Count} submissions; submissions with none {noMail}, with more than one {manyMails}");
        var exactlyOnce = open == 0 && missing == 0 && doubled == 0 && notReady == 0 && badReceipt == 0 && noMail == 0 && manyMails == 0
            && pdfs == stored.Count && mails == stored.Count;
        Console.WriteLine(exactlyOnce ? "verdict: exactly once — PASS" : "verdict: FAIL");
        return exactlyOnce ? 0 : 1;
    }
}
