using System.Globalization;
using System.Xml.Linq;
using Pelhrimov.Payments.Accounts;

namespace Pelhrimov.Payments.Statements;

/// <summary>The entries (<c>Ntry</c>) of one camt.053 statement as lines: one per <c>TxDtls</c>, or one per entry without details.</summary>
internal static class CamtEntries
{
    public static List<StatementLine> Read(XElement statement, string accountId, List<StatementProblem> problems)
    {
        var lines = new List<StatementLine>();
        var keys = new Dictionary<string, int>();
        foreach (var entry in statement.Children("Ntry"))
        {
            var status = entry.Text("Sts", "Cd") ?? entry.Text("Sts");
            if (status != "BOOK")
            {
                problems.Add(new StatementProblem(entry.Line(), ProblemKind.Warning,
                    $"Položka není zaúčtovaná (stav {status ?? "neuveden"}), nenačtena – zaúčtovaná přijde v dalším výpisu."));
                continue;
            }
            var error = ReadEntry(entry, accountId, keys, lines);
            if (error is not null)
            {
                problems.Add(new StatementProblem(entry.Line(), ProblemKind.RejectedLine, error));
            }
        }
        return lines;
    }

    private static string? ReadEntry(XElement entry, string accountId, Dictionary<string, int> keys, List<StatementLine> lines)
    {
        var amount = entry.Child("Amt").Amount();
        var currency = entry.Child("Amt")?.Attribute("Ccy")?.Value ?? "CZK";
        Direction? direction = entry.Text("CdtDbtInd") switch { "CRDT" => Direction.Credit, "DBIT" => Direction.Debit, _ => null };
        var bookingDate = entry.Child("BookgDt").Date();
        if (amount is null)
        {
            return $"Částka položky (Amt) chybí nebo není číslo s nejvýše dvěma desetinnými místy: „{entry.Text("Amt")}“.";
        }
        if (direction is null)
        {
            return $"Směr položky (CdtDbtInd) má být CRDT nebo DBIT, je „{entry.Text("CdtDbtInd")}“.";
        }
        if (bookingDate is null)
        {
            return "Položka nemá platné datum zaúčtování (BookgDt).";
        }
        var details = entry.Children("NtryDtls").SelectMany(d => d.Children("TxDtls")).ToList();
        if (details.Count > 1 && details.Any(d => TransactionAmount(d) is null))
        {
            return "Hromadná položka nemá u každé transakce (TxDtls) její částku.";
        }
        var entryReference = entry.Text("AcctSvcrRef") ?? entry.Text("NtryRef");
        var parts = details.Count == 0 ? [entry] : details;
        for (var i = 0; i < parts.Count; i++)
        {
            var transaction = details.Count == 0 ? null : parts[i];
            var reference = transaction.Text("Refs", "AcctSvcrRef")
                ?? (entryReference is null ? null : details.Count > 1 ? $"{entryReference}/{i + 1}" : entryReference);
            var (variable, specific, constant) = CamtSymbols.Extract(
                transaction.Children("RmtInf").SelectMany(r => r.Children("Strd")).Select(s => s.Text("CdtrRefInf", "Ref")).OfType<string>().ToList(),
                transaction.Text("Refs", "EndToEndId"),
                Message(transaction));
            var party = direction == Direction.Credit ? "Dbtr" : "Cdtr";
            var line = new StatementLine
            {
                Key = "",
                LineNumber = parts[i].Line(),
                Direction = direction.Value,
                IsReversal = entry.Text("RvslInd") is "true" or "1",
                Amount = transaction is null ? amount.Value : TransactionAmount(transaction) ?? amount.Value,
                Currency = currency,
                BookingDate = bookingDate.Value,
                ValueDate = entry.Child("ValDt").Date(),
                VariableSymbol = variable,
                SpecificSymbol = specific,
                ConstantSymbol = constant,
                CounterAccount = CounterAccount(transaction, party),
                CounterpartyName = transaction.Text("RltdPties", party, "Nm") ?? transaction.Text("RltdPties", party, "Pty", "Nm"),
                BankReference = reference,
                Message = Message(transaction),
            };
            lines.Add(line with { Key = Key(accountId, line, keys) });
        }
        return null;
    }

    private static decimal? TransactionAmount(XElement transaction) =>
        transaction.Child("AmtDtls", "TxAmt", "Amt").Amount() ?? transaction.Child("Amt").Amount();

    private static string? Message(XElement? transaction)
    {
        var texts = transaction.Children("RmtInf").SelectMany(r => r.Children("Ustrd")).Select(u => u.Value.Trim()).Where(t => t.Length > 0).ToList();
        return texts.Count == 0 ? null : string.Join(' ', texts);
    }

    private static string? CounterAccount(XElement? transaction, string party)
    {
        var account = transaction.Child("RltdPties", party + "Acct", "Id");
        if (account.Text("IBAN") is { } iban)
        {
            return CzechBankAccount.TryFromIban(iban, out var czech, out _) ? czech.ToString() : Iban.Normalize(iban);
        }
        var other = account.Text("Othr", "Id");
        var bankCode = transaction.Text("RltdAgts", party + "Agt", "FinInstnId", "ClrSysMmbId", "MmbId");
        if (other is not null && !other.Contains('/') && bankCode is { Length: 4 })
        {
            return other + "/" + bankCode;
        }
        return other;
    }

    // The bank's reference identifies a transaction; without one, its content does, with its occurrence in the statement.
    // A reference the bank repeated within a statement gets its occurrence too, so that no line hides another.
    private static string Key(string accountId, StatementLine line, Dictionary<string, int> keys)
    {
        var key = line.BankReference is not null
            ? $"CAMT:{accountId}:{line.BankReference}"
            : $"CAMT:{accountId}:{line.BookingDate:yyyyMMdd}:H" + ContentHash.Of(line.Direction.ToString(), line.IsReversal.ToString(),
                line.Amount.ToString(CultureInfo.InvariantCulture), line.Currency, line.VariableSymbol, line.SpecificSymbol,
                line.ConstantSymbol, line.CounterAccount, line.CounterpartyName, line.Message);
        var occurrence = keys[key] = keys.GetValueOrDefault(key) + 1;
        return line.BankReference is not null && occurrence == 1 ? key : key + "#" + occurrence.ToString(CultureInfo.InvariantCulture);
    }
}
