using Pelhrimov.Forms.Receipts;

namespace Pelhrimov.Tests.Forms.Receipts;

/// <summary>Receipts to render in the tests: a small dog registration and a long form of many rows.</summary>
internal static class ReceiptModels
{
    public const string Sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    public static ReceiptModel DogRegistration(string reference = "PE-2026-000123", string? submitter = "Jana Řeřichová") => new()
    {
        TownName = "Město Pelhřimov",
        FormTitle = "Ohlášení psa",
        FormVersion = 3,
        ReferenceNumber = reference,
        SubmittedAtUtc = new DateTime(2026, 11, 29, 13, 5, 0, DateTimeKind.Utc),
        SubmitterName = submitter,
        SubmissionSha256 = Sha256,
        Steps =
        [
            new ReceiptStep("Držitel psa",
            [
                new ReceiptSection(null,
                [
                    new ReceiptRow("Jméno a příjmení", "Jana Řeřichová"),
                    new ReceiptRow("Adresa trvalého pobytu", "Květná 1234/5, 393 01 Pelhřimov"),
                ]),
            ]),
            new ReceiptStep("Psi",
            [
                new ReceiptSection("Pes 1",
                [
                    new ReceiptRow("Jméno psa", "Řeřicha"),
                    new ReceiptRow("Plemeno", "Žluťoučký kůň úpěl ďábelské ódy"),
                    new ReceiptRow("Poznámka", "<script>alert('x')</script> & <b>tučně</b>"),
                ]),
            ]),
            new ReceiptStep("Poplatek", [new ReceiptSection(null, [new ReceiptRow("Poplatek za rok 2026", "1 500 Kč")])]),
        ],
        Attachments = [new ReceiptAttachment("očkovací průkaz.pdf", "application/pdf", 250_000, new string('a', 64))],
    };

    /// <summary>40 rows in 4 steps; row 17 is a 3 000-character answer over several paragraphs.</summary>
    public static ReceiptModel LongForm(string longAnswer) => DogRegistration() with
    {
        FormTitle = "Žádost o pronájem sálu",
        Steps = [.. Enumerable.Range(0, 4).Select(step => new ReceiptStep($"Krok {step + 1}",
        [
            new ReceiptSection($"Oddíl {step + 1}", [.. Enumerable.Range(step * 10 + 1, 10).Select(n =>
                new ReceiptRow($"Otázka číslo {n}", n == 17 ? longAnswer : $"Odpověď číslo {n}"))]),
        ]))],
    };

    /// <summary>About 3 000 characters: numbered words (so a lost line shows), a few paragraphs and one unbroken 150-character run.</summary>
    public static string LongAnswer()
    {
        var words = Enumerable.Range(1, 330).Select(i => i % 60 == 0 ? $"odstavec{i:D4}\r\n" : $"slovo{i:D4}");
        return string.Join(' ', words) + " " + string.Concat(Enumerable.Repeat("Ž0123456789abcd", 10));
    }
}
