using System.Text;
using Pelhrimov.Payments.Statements;

namespace Pelhrimov.Tests.Payments;

public sealed class CamtStatementParserTests
{
    [Fact]
    public void A_statement_is_read_with_its_account_period_balances_and_booked_lines()
    {
        var file = CamtStatementParser.Parse(StatementFixtures.Read("vypis-camt053.xml"));

        var statement = Assert.Single(file.Statements);
        Assert.Equal("107-1234567899/0100", statement.Account);
        Assert.Equal("CZ5701000001071234567899", statement.AccountIban);
        Assert.Equal("234", statement.Number);
        Assert.Equal("CAMT:CZ5701000001071234567899:0001071234567899-20261130:234:20261130-20261130", statement.Key);
        Assert.Equal(new DateOnly(2026, 11, 30), statement.PeriodFrom);
        Assert.Equal(new DateOnly(2026, 11, 30), statement.PeriodTo);
        Assert.Equal(126_929.50m, statement.OpeningBalance);
        Assert.Equal(128_389.00m, statement.ClosingBalance);
        Assert.Equal([1500.00m, 400.00m, 1000.00m, 900.00m, 2340.50m], statement.Lines.Select(l => l.Amount));
        Assert.Equal([Direction.Credit, Direction.Credit, Direction.Credit, Direction.Credit, Direction.Debit], statement.Lines.Select(l => l.Direction));
        Assert.All(statement.Lines, l => Assert.Equal(new DateOnly(2026, 11, 30), l.BookingDate));
        Assert.Equal(statement.ClosingBalance - statement.OpeningBalance,
            statement.Lines.Sum(l => l.Direction == Direction.Credit ? l.Amount : -l.Amount));
    }

    [Fact]
    public void A_pending_entry_is_left_out_with_a_warning_at_its_line()
    {
        var file = CamtStatementParser.Parse(StatementFixtures.Read("vypis-camt053.xml"));

        var warning = Assert.Single(file.Problems);
        Assert.Equal(ProblemKind.Warning, warning.Kind);
        Assert.Equal(LineOf("vypis-camt053.xml", "<NtryRef>5</NtryRef>") - 1, warning.LineNumber);
        Assert.Contains("není zaúčtovaná (stav PDNG)", warning.Message);
        Assert.DoesNotContain(file.Lines, l => l.Amount == 650.00m);
    }

    [Fact]
    public void Czech_payment_symbols_are_found_in_EndToEndId_structured_references_and_the_message()
    {
        var lines = CamtStatementParser.Parse(StatementFixtures.Read("vypis-camt053.xml")).Lines.ToList();

        // /VS2026000123/SS/KS0308
        Assert.Equal(("2026000123", null, "308"), (lines[0].VariableSymbol, lines[0].SpecificSymbol, lines[0].ConstantSymbol));
        // Strd/CdtrRefInf/Ref VS:…, KS:…, SS:…
        Assert.Equal(("2026000124", "2027", "308"), (lines[1].VariableSymbol, lines[1].SpecificSymbol, lines[1].ConstantSymbol));
        // /VS/2026000125/SS//KS/0308
        Assert.Equal(("2026000125", null, "308"), (lines[2].VariableSymbol, lines[2].SpecificSymbol, lines[2].ConstantSymbol));
        // Ustrd "VS 2026000200 nájemné prosinec"
        Assert.Equal("2026000200", lines[3].VariableSymbol);
        Assert.Equal("VS 2026000200 nájemné prosinec", lines[3].Message);
    }

    [Fact]
    public void Counterparties_are_read_with_their_accounts_in_the_Czech_form()
    {
        var lines = CamtStatementParser.Parse(StatementFixtures.Read("vypis-camt053.xml")).Lines.ToList();

        Assert.Equal(("Jan Novák", "2900000005/2010"), (lines[0].CounterpartyName, lines[0].CounterAccount));
        Assert.Equal(("Růžena Šťastná", "1234500002/0800"), (lines[1].CounterpartyName, lines[1].CounterAccount));
        Assert.Equal(("Tomáš Kolář", "192345600000/0100"), (lines[2].CounterpartyName, lines[2].CounterAccount));
        Assert.Equal(("STAVBY VZOROV s.r.o.", "19-2000145399/0800"), (lines[4].CounterpartyName, lines[4].CounterAccount));
    }

    [Fact]
    public void Each_transaction_of_a_batch_entry_is_a_line_keyed_by_its_own_bank_reference()
    {
        var lines = CamtStatementParser.Parse(StatementFixtures.Read("vypis-camt053.xml")).Lines.ToList();

        Assert.Equal("CAMT:CZ5701000001071234567899:2026113000001", lines[0].Key);
        Assert.Equal("CAMT:CZ5701000001071234567899:2026113000003-1", lines[2].Key);
        Assert.Equal("CAMT:CZ5701000001071234567899:2026113000003-2", lines[3].Key);
        Assert.Equal(LineOf("vypis-camt053.xml", "<AcctSvcrRef>2026113000003-2</AcctSvcrRef>") - 2, lines[3].LineNumber);
        Assert.Equal(lines.Count, lines.Select(l => l.Key).Distinct().Count());
    }

    [Fact]
    public void Importing_the_same_statement_again_gives_the_same_statement_and_line_keys()
    {
        var first = CamtStatementParser.Parse(StatementFixtures.Read("vypis-camt053.xml"));
        using var stream = new MemoryStream(StatementFixtures.Read("vypis-camt053.xml"));
        var again = CamtStatementParser.Parse(stream);

        Assert.Equal(first.Statements[0].Key, again.Statements[0].Key);
        Assert.Equal(first.Lines.Select(l => l.Key), again.Lines.Select(l => l.Key));
    }

    [Fact]
    public void A_statement_declared_in_windows_1250_is_read_with_its_Czech_names()
    {
        var legacy = Fixture().Replace("encoding=\"UTF-8\"", "encoding=\"windows-1250\"");

        var file = CamtStatementParser.Parse(CodePagesEncodingProvider.Instance.GetEncoding(1250)!.GetBytes(legacy));

        Assert.Equal("Růžena Šťastná", file.Lines.ElementAt(1).CounterpartyName);
        Assert.Equal(5, file.Lines.Count());
    }

    [Fact]
    public void A_document_type_with_an_external_entity_is_refused_and_nothing_is_read_from_it()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"camt-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TAJNE-HESLO");
        try
        {
            var xxe = Fixture().Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Document [ <!ENTITY xxe SYSTEM \"file://{secret}\"> ]>")
                .Replace("<Nm>Jan Novák</Nm>", "<Nm>&xxe;</Nm>");

            var error = Assert.Throws<StatementFormatException>(() => CamtStatementParser.Parse(Encoding.UTF8.GetBytes(xxe)));

            Assert.Contains("definici typu dokumentu (DOCTYPE)", error.Message);
            Assert.DoesNotContain("TAJNE-HESLO", error.ToString());
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void An_entity_expansion_bomb_is_refused()
    {
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE Document [
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
            ]>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>&c;</MsgId></GrpHdr></BkToCstmrStmt></Document>
            """;

        var error = Assert.Throws<StatementFormatException>(() => CamtStatementParser.Parse(Encoding.UTF8.GetBytes(bomb)));
        Assert.Contains("DOCTYPE", error.Message);
    }

    [Theory]
    [InlineData("toto není XML", "není platný XML dokument")]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>", "není platný XML dokument")]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\"><BkToCstmrStmt/></Document>", "jmenný prostor")]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.02\"><BkToCstmrAcctRpt/></Document>", "chybí prvek Document/BkToCstmrStmt")]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt/></Document>", "neobsahuje žádný výpis")]
    [InlineData("", "prázdný")]
    public void Files_that_are_not_camt053_statements_are_refused_with_a_Czech_reason(string content, string reason)
    {
        var error = Assert.Throws<StatementFormatException>(() => CamtStatementParser.Parse(Encoding.UTF8.GetBytes(content)));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var stream = new MemoryStream(StatementFixtures.Read("vypis-camt053.xml"));

        var error = Assert.Throws<StatementFormatException>(() => CamtStatementParser.Parse(stream, new CamtOptions { MaxBytes = 4096 }));
        Assert.Contains("větší, než je pro výpis povoleno", error.Message);
    }

    [Fact]
    public void A_malformed_entry_is_reported_with_its_line_and_the_other_entries_are_still_read()
    {
        var broken = Fixture()
            .Replace("<Amt Ccy=\"CZK\">400.00</Amt>", "<Amt Ccy=\"CZK\">400,00</Amt>")
            .Replace("<CdtDbtInd>DBIT</CdtDbtInd>\n        <Sts>", "<CdtDbtInd>X</CdtDbtInd>\n        <Sts>");

        var file = CamtStatementParser.Parse(Encoding.UTF8.GetBytes(broken));

        Assert.Equal([1500.00m, 1000.00m, 900.00m], file.Lines.Select(l => l.Amount));
        var rejected = file.Problems.Where(p => p.Kind == ProblemKind.RejectedLine).ToList();
        Assert.Equal(2, rejected.Count);
        Assert.Equal(LineOf("vypis-camt053.xml", "<NtryRef>2</NtryRef>") - 1, rejected[0].LineNumber);
        Assert.Contains("Částka položky (Amt)", rejected[0].Message);
        Assert.Contains("„400,00“", rejected[0].Message);
        Assert.Contains("Směr položky (CdtDbtInd) má být CRDT nebo DBIT", rejected[1].Message);
    }

    private static string Fixture() => Encoding.UTF8.GetString(StatementFixtures.Read("vypis-camt053.xml"));

    private static int LineOf(string fixture, string text) =>
        Encoding.UTF8.GetString(StatementFixtures.Read(fixture)).Split('\n').ToList().FindIndex(l => l.Contains(text)) + 1;
}
