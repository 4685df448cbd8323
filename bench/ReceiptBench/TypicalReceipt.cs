using Pelhrimov.Forms.Receipts;

namespace Pelhrimov.ReceiptBench;

/// <summary>What a dog registration's receipt holds: the size of a typical town form.</summary>
internal static class TypicalReceipt
{
    public static ReceiptModel Create() => new()
    {
        TownName = "Město Pelhřimov",
        FormTitle = "Ohlášení držení psa",
        FormVersion = 2,
        ReferenceNumber = "PE-2026-000123",
        SubmittedAtUtc = new DateTime(2026, 11, 29, 13, 5, 0, DateTimeKind.Utc),
        SubmitterName = "Jana Řeřichová",
        SubmissionSha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        Steps =
        [
            new ReceiptStep("Držitel psa",
            [
                new ReceiptSection("Držitel psa",
                [
                    new ReceiptRow("Jméno a příjmení", "Jana Řeřichová"),
                    new ReceiptRow("Datum narození", "12. 3. 1956"),
                    new ReceiptRow("Adresa trvalého pobytu", "Květná 1234/5, 393 01 Pelhřimov"),
                ]),
                new ReceiptSection("Kontaktní údaje", [new ReceiptRow("E-mail", "jana.rerichova@example.cz"), new ReceiptRow("Telefon", "+420 604 123 456")]),
            ]),
            new ReceiptStep("Bydlení a snížená sazba",
            [
                new ReceiptSection(null,
                [
                    new ReceiptRow("Kde psa chováte?", "Byt nebo rodinný dům v Pelhřimově"),
                    new ReceiptRow("Jste poživatelem invalidního, starobního, vdovského nebo vdoveckého důchodu, který je vaším jediným zdrojem příjmů?", "Ano"),
                    new ReceiptRow("Rozhodnutí o přiznání důchodu", "rozhodnuti-cssz.pdf"),
                    new ReceiptRow("Od kdy psa držíte?", "1. 6. 2026"),
                ]),
            ]),
            new ReceiptStep("Psi", [Dog(1, "Řeřicha", "Žluťoučký kůň úpěl ďábelské ódy"), Dog(2, "Bára", "kříženec")]),
            new ReceiptStep("Poplatek",
            [
                new ReceiptSection(null,
                [
                    new ReceiptRow("Poplatek ze psů za zbytek letošního roku", "291,67 Kč"),
                    new ReceiptRow("Poznámka", string.Join(' ', Enumerable.Repeat("Bára je vodicí pes mé sestry, která u mě bydlí od léta.", 11))),
                ]),
            ]),
        ],
        Attachments =
        [
            new ReceiptAttachment("rozhodnuti-cssz.pdf", "application/pdf", 312_000, "a3f1c2e45b6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8"),
            new ReceiptAttachment("ockovaci-prukaz-bara.jpg", "image/jpeg", 1_850_000, "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e"),
        ],
    };

    private static ReceiptSection Dog(int n, string name, string breed) => new($"Pes {n}",
    [
        new ReceiptRow("Jméno psa", name),
        new ReceiptRow("Plemeno", breed),
        new ReceiptRow("Pohlaví", n == 1 ? "Pes" : "Fena"),
        new ReceiptRow("Datum narození psa", "4. 2. 2024"),
        new ReceiptRow("Barva a zvláštní znamení", "černá s bílou náprsenkou"),
        new ReceiptRow("Číslo čipu", $"20309810012345{n}"),
        new ReceiptRow("Očkovací průkaz nebo pas zvířete", n == 2 ? "ockovaci-prukaz-bara.jpg" : "–"),
    ]);
}
