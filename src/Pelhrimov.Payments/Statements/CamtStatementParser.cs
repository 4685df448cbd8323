using System.Xml.Linq;
using Pelhrimov.Payments.Accounts;

namespace Pelhrimov.Payments.Statements;

/// <summary>
/// Reads ISO 20022 camt.053 statements (<c>Document/BkToCstmrStmt/Stmt</c>, any version's namespace) as Czech banks
/// export them: one line per <c>TxDtls</c> of a booked <c>Ntry</c> (or per entry without details). An entry that cannot
/// be read is reported with its line in the XML and a Czech reason; a file that is not camt.053 throws
/// <see cref="StatementFormatException"/>. Rules: docs/bank-statements.md.
/// </summary>
public static class CamtStatementParser
{
    private const string CamtNamespacePrefix = "urn:iso:std:iso:20022:tech:xsd:camt.053.";

    public static StatementFile Parse(Stream stream, CamtOptions? options = null)
    {
        options ??= new CamtOptions();
        return Parse(StatementInput.ReadAll(stream, options.MaxBytes), options);
    }

    public static StatementFile Parse(byte[] content, CamtOptions? options = null)
    {
        options ??= new CamtOptions();
        if (content.Length > options.MaxBytes)
        {
            throw StatementInput.TooLarge(options.MaxBytes);
        }
        if (content.Length == 0)
        {
            throw new StatementFormatException("Soubor je prázdný.");
        }
        var document = CamtXml.Load(content, options.MaxBytes);
        var root = document.Root!;
        var statements = root.Child("BkToCstmrStmt");
        if (root.Name.LocalName != "Document" || statements is null)
        {
            throw new StatementFormatException("Soubor není výpis ve formátu CAMT.053 (chybí prvek Document/BkToCstmrStmt).");
        }
        if (!root.Name.NamespaceName.StartsWith(CamtNamespacePrefix, StringComparison.Ordinal))
        {
            throw new StatementFormatException($"Soubor má jmenný prostor „{root.Name.NamespaceName}“, výpis CAMT.053 má {CamtNamespacePrefix}…");
        }
        var problems = new List<StatementProblem>();
        var result = new List<BankStatement>();
        foreach (var statement in statements.Children("Stmt"))
        {
            if (ReadStatement(statement, problems) is { } read)
            {
                result.Add(read);
            }
        }
        if (result.Count == 0 && problems.Count == 0)
        {
            throw new StatementFormatException("Soubor neobsahuje žádný výpis (prvek Stmt).");
        }
        return new StatementFile(StatementFormat.Camt053, result, problems);
    }

    private static BankStatement? ReadStatement(XElement statement, List<StatementProblem> problems)
    {
        var line = statement.Line();
        var iban = statement.Text("Acct", "Id", "IBAN") is { } rawIban ? Iban.Normalize(rawIban) : null;
        var accountId = iban ?? statement.Text("Acct", "Id", "Othr", "Id");
        var id = statement.Text("Id");
        if (accountId is null || id is null)
        {
            problems.Add(new StatementProblem(line, ProblemKind.RejectedLine, "Výpis nemá číslo účtu (Acct/Id) nebo svou identifikaci (Id); nenačten."));
            return null;
        }
        var account = iban is not null && CzechBankAccount.TryFromIban(iban, out var czech, out _) ? czech.ToString() : accountId;
        var from = CamtXml.DateTimeOf(statement.Text("FrToDt", "FrDtTm"));
        var number = statement.Text("LglSeqNb") ?? statement.Text("ElctrncSeqNb") ?? id;
        var lines = CamtEntries.Read(statement, accountId, problems);
        var to = CamtXml.DateTimeOf(statement.Text("FrToDt", "ToDtTm")) ?? Balance(statement, "CLBD").Date
            ?? CamtXml.DateTimeOf(statement.Text("CreDtTm")) ?? lines.Select(l => (DateOnly?)l.BookingDate).Max();
        if (to is null)
        {
            problems.Add(new StatementProblem(line, ProblemKind.RejectedLine, "Výpis neuvádí své období ani datum vytvoření; nenačten."));
            return null;
        }
        return new BankStatement
        {
            Key = $"CAMT:{accountId}:{id}:{number}:{from:yyyyMMdd}-{to:yyyyMMdd}",
            Format = StatementFormat.Camt053,
            Account = account,
            AccountIban = iban,
            Number = number,
            PeriodFrom = from,
            PeriodTo = to.Value,
            OpeningBalance = Balance(statement, "OPBD").Amount ?? Balance(statement, "PRCD").Amount,
            ClosingBalance = Balance(statement, "CLBD").Amount,
            LineNumber = line,
            Lines = lines,
        };
    }

    private static (decimal? Amount, DateOnly? Date) Balance(XElement statement, string code)
    {
        var balance = statement.Children("Bal").FirstOrDefault(b => b.Text("Tp", "CdOrPrtry", "Cd") == code);
        var amount = balance.Child("Amt").Amount();
        return (balance.Text("CdtDbtInd") == "DBIT" ? -amount : amount, balance.Child("Dt").Date());
    }
}
