using System.Text;
using Pelhrimov.Payments.Statements;

namespace Pelhrimov.Tests.Payments;

public sealed class GpcStatementParserTests
{
    private static readonly Encoding Windows1250 = CodePagesEncodingProvider.Instance.GetEncoding(1250)!;

    [Fact]
    public void A_statement_is_read_with_its_identity_balances_and_every_field_of_its_lines()
    {
        var file = GpcStatementParser.Parse(StatementFixtures.Read("vypis-233.gpc"), new GpcOptions { BankCode = "0100" });

        Assert.Empty(file.Problems);
        var statement = Assert.Single(file.Statements);
        Assert.Equal("GPC:0001071234567899:233:20261129", statement.Key);
        Assert.Equal("107-1234567899/0100", statement.Account);
        Assert.Equal("CZ5701000001071234567899", statement.AccountIban);
        Assert.Equal("233", statement.Number);
        Assert.Equal(new DateOnly(2026, 11, 28), statement.PeriodFrom);
        Assert.Equal(new DateOnly(2026, 11, 29), statement.PeriodTo);
        Assert.Equal(125_000.00m, statement.OpeningBalance);
        Assert.Equal(126_929.50m, statement.ClosingBalance);
        Assert.Equal(8, statement.Lines.Count);

        var first = statement.Lines[0];
        Assert.Equal(2, first.LineNumber);
        Assert.Equal(Direction.Credit, first.Direction);
        Assert.False(first.IsReversal);
        Assert.Equal(1500.00m, first.Amount);
        Assert.Equal("2026000123", first.VariableSymbol);
        Assert.Equal("308", first.ConstantSymbol);
        Assert.Null(first.SpecificSymbol);
        Assert.Equal("2900000005/2010", first.CounterAccount);
        Assert.Equal("Novák Jan", first.CounterpartyName);
        Assert.Equal("0000000000001", first.BankReference);
        Assert.Equal(new DateOnly(2026, 11, 29), first.BookingDate);
        Assert.Equal(new DateOnly(2026, 11, 29), first.ValueDate);
        Assert.Equal("GPC:0001071234567899:20261129:0000000000001:2", first.Key);
        Assert.True(first.IsIncomingPayment);
    }

    [Fact]
    public void Czech_names_in_the_counterparty_field_are_decoded_from_windows_1250()
    {
        var lines = GpcStatementParser.Parse(StatementFixtures.Read("vypis-233.gpc")).Lines.ToList();

        Assert.Equal(["Novák Jan", "Šťastná Růžena", "Kolář Tomáš", "Černý Jiří", "Žáková Ludmila", "Dvořáková Věra", "STAVBY VZOROV SRO", "STORNO PLATBY"],
            lines.Select(l => l.CounterpartyName));
    }

    [Fact]
    public void Outgoing_payments_and_reversals_are_read_but_are_not_incoming_payments()
    {
        var lines = GpcStatementParser.Parse(StatementFixtures.Read("vypis-233.gpc")).Lines.ToList();

        var outgoing = lines[6];
        Assert.Equal(Direction.Debit, outgoing.Direction);
        Assert.Equal(2340.50m, outgoing.Amount);
        Assert.Equal("19-2000145399/0800", outgoing.CounterAccount);
        Assert.False(outgoing.IsIncomingPayment);
        var reversalOfCredit = lines[7];
        Assert.Equal(Direction.Debit, reversalOfCredit.Direction);
        Assert.True(reversalOfCredit.IsReversal);
        Assert.False(reversalOfCredit.IsIncomingPayment);
        Assert.Equal(6, lines.Count(l => l.IsIncomingPayment));
    }

    [Fact]
    public void Without_a_configured_bank_code_the_account_is_shown_without_it_and_has_no_IBAN()
    {
        var statement = GpcStatementParser.Parse(StatementFixtures.Read("vypis-233.gpc")).Statements[0];

        Assert.Equal("107-1234567899", statement.Account);
        Assert.Null(statement.AccountIban);
    }

    [Fact]
    public void Malformed_lines_are_reported_with_their_line_number_and_a_Czech_reason_and_never_become_payments()
    {
        var file = GpcStatementParser.Parse(StatementFixtures.Read("vypis-234-chybne-radky.gpc"));

        Assert.Equal([2, 9], file.Lines.Select(l => l.LineNumber));
        var rejected = file.Problems.Where(p => p.Kind == ProblemKind.RejectedLine).ToList();
        Assert.Equal([3, 4, 5, 6, 7, 8], rejected.Select(p => p.LineNumber));
        Assert.Contains("má mít 128 znaků, má jen 80", rejected[0].Message);
        Assert.Contains("Částka (znaky 49–60) musí obsahovat jen číslice", rejected[1].Message);
        Assert.Contains("Datum valuty (znaky 92–97) není platné datum", rejected[2].Message);
        Assert.Contains("Kód účtování (znak 61) „7“ není známý", rejected[3].Message);
        Assert.Contains("Neznámý typ záznamu „099“", rejected[4].Message);
        Assert.Contains("patří k jinému účtu (0000192000145399)", rejected[5].Message);
        Assert.StartsWith("Řádek 3: ", rejected[0].ToString());
    }

    [Fact]
    public void Headers_whose_balances_and_turnovers_do_not_add_up_are_warned_about()
    {
        var file = GpcStatementParser.Parse(StatementFixtures.Read("vypis-234-chybne-radky.gpc"));

        var warnings = file.Problems.Where(p => p.Kind == ProblemKind.Warning).ToList();
        Assert.Equal([1, 1], warnings.Select(w => w.LineNumber));
        Assert.Contains(warnings, w => w.Message.Contains("Zůstatky v hlavičce nesouhlasí"));
        Assert.Contains(warnings, w => w.Message.Contains("Součet položek nesouhlasí s obraty"));
    }

    [Fact]
    public void A_statement_converted_to_UTF_8_is_refused_as_being_in_the_wrong_encoding()
    {
        var text = Windows1250.GetString(StatementFixtures.Read("vypis-233.gpc"));

        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(text), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] })
        {
            var error = Assert.Throws<StatementFormatException>(() => GpcStatementParser.Parse(bytes));
            Assert.Contains("v kódování UTF-8", error.Message);
        }
    }

    [Fact]
    public void Binary_data_and_files_of_another_kind_are_refused_with_a_clear_reason()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 };
        Assert.Contains("binární data", Assert.Throws<StatementFormatException>(() => GpcStatementParser.Parse(png)).Message);

        var csv = Windows1250.GetBytes("Datum;Částka;Protiúčet\r\n29.11.2026;1500,00;2900000005/2010\r\n");
        Assert.Contains("nezačíná hlavičkou výpisu (záznam 074, řádek 1)", Assert.Throws<StatementFormatException>(() => GpcStatementParser.Parse(csv)).Message);

        Assert.Contains("prázdný", Assert.Throws<StatementFormatException>(() => GpcStatementParser.Parse([])).Message);
        var undefined = StatementFixtures.Read("vypis-233.gpc").Append((byte)0x98).ToArray();
        Assert.Contains("neexistují", Assert.Throws<StatementFormatException>(() => GpcStatementParser.Parse(undefined)).Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var stream = new MemoryStream(StatementFixtures.Read("vypis-233.gpc"));

        var error = Assert.Throws<StatementFormatException>(() => GpcStatementParser.Parse(stream, new GpcOptions { MaxBytes = 1000 }));
        Assert.Contains("větší, než je pro výpis povoleno", error.Message);
    }

    [Fact]
    public void Importing_the_same_statement_again_gives_the_same_statement_and_line_keys()
    {
        var first = GpcStatementParser.Parse(StatementFixtures.Read("vypis-233.gpc"));
        using var stream = new MemoryStream(StatementFixtures.Read("vypis-233.gpc"));
        var again = GpcStatementParser.Parse(stream);

        Assert.Equal(first.Statements[0].Key, again.Statements[0].Key);
        Assert.Equal(first.Lines.Select(l => l.Key), again.Lines.Select(l => l.Key));
        Assert.Equal(first.Lines.Count(), first.Lines.Select(l => l.Key).Distinct().Count());
    }

    [Fact]
    public void An_overlapping_statement_shares_exactly_the_keys_of_the_lines_it_repeats()
    {
        var original = Lines("vypis-233.gpc");
        // A later statement (number 240) of the same account that repeats three lines (one without a document number)
        // and adds one with a document number of its own.
        var added = original[3][..35] + "0000000000099" + original[3][48..];
        var overlapping = Gpc(original[0].Replace("233291126", "240301126"), original[2], original[5], original[8], added);

        var first = GpcStatementParser.Parse(StatementFixtures.Read("vypis-233.gpc"));
        var second = GpcStatementParser.Parse(overlapping);

        Assert.NotEqual(first.Statements[0].Key, second.Statements[0].Key);
        var shared = first.Lines.Select(l => l.Key).Intersect(second.Lines.Select(l => l.Key)).ToList();
        Assert.Equal(second.Lines.Take(3).Select(l => l.Key), shared);
        Assert.Contains(shared, key => key.Contains(":H"));
    }

    [Fact]
    public void Two_identical_lines_without_a_bank_reference_keep_two_different_keys()
    {
        var original = Lines("vypis-233.gpc");
        var file = GpcStatementParser.Parse(Gpc(original[0], original[5], original[5]));

        var keys = file.Lines.Select(l => l.Key).ToList();
        Assert.Equal(2, keys.Count);
        Assert.NotEqual(keys[0], keys[1]);
        Assert.EndsWith("#1", keys[0]);
        Assert.EndsWith("#2", keys[1]);
    }

    [Fact]
    public void Lines_with_LF_endings_and_without_trailing_spaces_are_read_alike()
    {
        var trimmed = Lines("vypis-233.gpc").Select(l => l.TrimEnd()).ToArray();
        var bytes = Windows1250.GetBytes(string.Join('\n', trimmed));

        var file = GpcStatementParser.Parse(bytes);

        Assert.Empty(file.Problems);
        Assert.Equal(GpcStatementParser.Parse(StatementFixtures.Read("vypis-233.gpc")).Lines, file.Lines);
    }

    [Fact]
    public void Accounts_in_the_banks_internal_order_are_detected_and_shown_in_the_standard_form()
    {
        // 107-1234567899 in the internal order C10 C8 C9 C6 C1 C2 C3 C4 C5 C7 P1…P6.
        var lines = Lines("vypis-233.gpc").Select(l => l.Replace("0001071234567899", "9896123457000107")).ToArray();

        var statement = GpcStatementParser.Parse(Gpc(lines), new GpcOptions { BankCode = "0100" }).Statements[0];

        Assert.Equal("107-1234567899/0100", statement.Account);
        Assert.Equal("GPC:0001071234567899:233:20261129", statement.Key);
    }

    [Fact]
    public void Reversal_codes_follow_the_configured_bank_convention()
    {
        var credit = Lines("vypis-233.gpc")[1];
        var reversalFour = credit[..60] + "4" + credit[61..];

        var fio = GpcStatementParser.Parse(Gpc(Lines("vypis-233.gpc")[0], reversalFour)).Lines.Single();
        var sporitelna = GpcStatementParser.Parse(Gpc(Lines("vypis-233.gpc")[0], reversalFour),
            new GpcOptions { ReversalCodes = GpcReversalCodes.ThreeAndFour }).Lines.Single();

        Assert.Equal((Direction.Credit, true), (fio.Direction, fio.IsReversal));
        Assert.Equal((Direction.Debit, true), (sporitelna.Direction, sporitelna.IsReversal));
    }

    [Fact]
    public void A_line_before_an_unreadable_header_belongs_to_no_statement_and_is_reported()
    {
        var original = Lines("vypis-233.gpc");
        var brokenHeader = original[0][..39] + "999999" + original[0][45..];

        var file = GpcStatementParser.Parse(Gpc(brokenHeader, original[1]));

        Assert.Empty(file.Statements);
        Assert.Equal([1, 2], file.Problems.Select(p => p.LineNumber));
        Assert.Contains("Datum starého zůstatku", file.Problems[0].Message);
        Assert.Contains("hlavičce výpisu na řádku 1", file.Problems[1].Message);
    }

    [Fact]
    public void Statement_files_are_told_apart_by_their_content()
    {
        Assert.Equal(StatementFormat.Gpc, StatementParser.Detect(StatementFixtures.Read("vypis-233.gpc")));
        Assert.Equal(StatementFormat.Camt053, StatementParser.Detect(StatementFixtures.Read("vypis-camt053.xml")));
        Assert.Equal(StatementFormat.Camt053, StatementParser.Parse(StatementFixtures.Read("vypis-camt053.xml")).Format);
        Assert.Equal(StatementFormat.Gpc, StatementParser.Parse(StatementFixtures.Read("vypis-233.gpc")).Format);
    }

    private static string[] Lines(string fixture) =>
        Windows1250.GetString(StatementFixtures.Read(fixture)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static byte[] Gpc(params string[] lines) => Windows1250.GetBytes(string.Join("\r\n", lines) + "\r\n");
}
