using System.Globalization;
using Pelhrimov.Payments.Accounts;

namespace Pelhrimov.Payments.Statements;

/// <summary>The record-by-record state of <see cref="GpcStatementParser"/>: the statement being read and the problems so far.</summary>
internal sealed class GpcReader(GpcOptions options)
{
    private readonly List<BankStatement> _statements = [];
    private readonly List<StatementProblem> _problems = [];
    private GpcAccountFormat? _accountFormat = options.AccountFormat == GpcAccountFormat.Detect ? null : options.AccountFormat;
    private GpcHeader? _header;
    private int? _unreadableHeaderLine;
    private List<StatementLine> _lines = [];
    private readonly Dictionary<string, int> _contentKeys = [];
    private decimal _debits;
    private decimal _credits;

    public void Read(string line, int lineNumber)
    {
        switch (line[..Math.Min(3, line.Length)])
        {
            case "074":
                Close();
                ReadHeader(line, lineNumber);
                break;
            case "075" when _header is not null:
                ReadItem(line, lineNumber, _header);
                break;
            case "075":
                Reject(lineNumber, $"Položka patří k hlavičce výpisu na řádku {_unreadableHeaderLine}, kterou nelze přečíst.");
                break;
            case "076" or "078" or "079":
                // Extension records (texts for the recipient, KB-SK and ČS variants) carry no money; not read.
                break;
            default:
                Reject(lineNumber, $"Neznámý typ záznamu „{line[..Math.Min(3, line.Length)]}“ – výpis GPC obsahuje jen záznamy 074 (hlavička) a 075 (položka).");
                break;
        }
    }

    public StatementFile Finish()
    {
        Close();
        return new StatementFile(StatementFormat.Gpc, _statements, _problems);
    }

    private void ReadHeader(string line, int lineNumber)
    {
        var fields = new GpcFields(line);
        var account = fields.Digits(4, 16, "Číslo účtu");
        var openingDate = fields.Date(40, "Datum starého zůstatku");
        var opening = fields.Amount(46, 14, "Starý zůstatek") * fields.Sign(60, "Znaménko starého zůstatku");
        var closing = fields.Amount(61, 14, "Nový zůstatek") * fields.Sign(75, "Znaménko nového zůstatku");
        var debitTurnover = fields.Amount(76, 14, "Obrat na vrub") * fields.Sign(90, "Znaménko obratu na vrub");
        var creditTurnover = fields.Amount(91, 14, "Obrat ve prospěch") * fields.Sign(105, "Znaménko obratu ve prospěch");
        var number = fields.Digits(106, 3, "Pořadové číslo výpisu");
        var date = fields.Date(109, "Datum výpisu");
        if (fields.Error is not null || line.Length < 114)
        {
            _unreadableHeaderLine = lineNumber;
            Reject(lineNumber, fields.Error ?? $"Hlavička výpisu (záznam 074) má mít 128 znaků, má jen {line.Length}.");
            return;
        }
        _accountFormat ??= GpcAccounts.Detect(account!);
        var standard = GpcAccounts.ToStandard(account!, _accountFormat.Value);
        if (opening - debitTurnover + creditTurnover != closing)
        {
            Warn(lineNumber, "Zůstatky v hlavičce nesouhlasí: starý zůstatek − obrat na vrub + obrat ve prospěch se nerovná novému zůstatku.");
        }
        _header = new GpcHeader(account!, standard, lineNumber, number!, openingDate!.Value, date!.Value, opening!.Value, closing!.Value,
            debitTurnover!.Value, creditTurnover!.Value, fields.Text(20, 20).Trim());
    }

    private void ReadItem(string line, int lineNumber, GpcHeader header)
    {
        var fields = new GpcFields(line);
        var ownAccount = fields.Text(4, 16);
        var item = GpcItem.Read(fields, options.ReversalCodes);
        if (item is null || line.Length < 97)
        {
            Reject(lineNumber, fields.Error ?? $"Položka výpisu (záznam 075) má mít 128 znaků, má jen {line.Length}.");
            return;
        }
        if (ownAccount != header.RawAccount)
        {
            Reject(lineNumber, $"Položka patří k jinému účtu ({ownAccount.Trim()}) než hlavička výpisu na řádku {header.LineNumber}.");
            return;
        }
        var bookingDate = item.PostingDate ?? item.ValueDate ?? header.Date;
        _lines.Add(new StatementLine
        {
            Key = LineKey(header, item, bookingDate),
            LineNumber = lineNumber,
            Direction = item.Direction,
            IsReversal = item.IsReversal,
            Amount = item.Amount,
            BookingDate = bookingDate,
            ValueDate = item.ValueDate,
            VariableSymbol = item.VariableSymbol,
            SpecificSymbol = item.SpecificSymbol,
            ConstantSymbol = item.ConstantSymbol,
            CounterAccount = GpcAccounts.Display(item.CounterAccount, item.CounterBankCode, _accountFormat!.Value),
            CounterpartyName = item.Name,
            BankReference = item.DocumentNumber,
        });
        // Turnovers as the header counts them: a reversal lowers the turnover of the side it reverses.
        var signed = item.IsReversal ? -item.Amount : item.Amount;
        if (item.Direction == Direction.Debit ^ item.IsReversal)
        {
            _debits += signed;
        }
        else
        {
            _credits += signed;
        }
    }

    // The bank's document number identifies a movement; where a bank leaves it empty, the line's content does, with its
    // occurrence among identical lines of the statement so that two equal payments on one day stay two (ADR 0028).
    private string LineKey(GpcHeader header, GpcItem item, DateOnly bookingDate)
    {
        var prefix = $"GPC:{header.StandardAccount}:{bookingDate:yyyyMMdd}:";
        if (item.DocumentNumber is not null)
        {
            return prefix + item.DocumentNumber + ":" + item.Code;
        }
        var content = ContentHash.Of(item.CounterAccount, item.CounterBankCode, item.Amount.ToString(CultureInfo.InvariantCulture),
            item.Code.ToString(), item.VariableSymbol, item.ConstantSymbol, item.SpecificSymbol, item.Name);
        var occurrence = _contentKeys[content] = _contentKeys.GetValueOrDefault(content) + 1;
        return prefix + "H" + content + "#" + occurrence.ToString(CultureInfo.InvariantCulture);
    }

    private void Close()
    {
        if (_header is { } header)
        {
            if (_debits != header.DebitTurnover || _credits != header.CreditTurnover)
            {
                Warn(header.LineNumber, "Součet položek nesouhlasí s obraty v hlavičce výpisu – výpis může být neúplný nebo obsahuje nečitelné položky.");
            }
            var bankCode = options.BankCode;
            CzechBankAccount? account = null;
            if (bankCode is not null)
            {
                CzechBankAccount.TryCreate(header.StandardAccount[..6], header.StandardAccount[6..], bankCode, out account, out _);
            }
            _statements.Add(new BankStatement
            {
                Key = $"GPC:{header.StandardAccount}:{header.Number}:{header.Date:yyyyMMdd}",
                Format = StatementFormat.Gpc,
                Account = account?.ToString() ?? GpcAccounts.Display(header.StandardAccount, null, GpcAccountFormat.Standard)!,
                AccountIban = account?.ToIban(),
                Number = header.Number.TrimStart('0') is { Length: > 0 } n ? n : "0",
                PeriodFrom = header.OpeningDate,
                PeriodTo = header.Date,
                OpeningBalance = header.Opening,
                ClosingBalance = header.Closing,
                LineNumber = header.LineNumber,
                Lines = _lines,
            });
        }
        _header = null;
        _lines = [];
        _contentKeys.Clear();
        _debits = 0;
        _credits = 0;
    }

    private void Reject(int lineNumber, string message) => _problems.Add(new StatementProblem(lineNumber, ProblemKind.RejectedLine, message));

    private void Warn(int lineNumber, string message) => _problems.Add(new StatementProblem(lineNumber, ProblemKind.Warning, message));

    private sealed record GpcHeader(string RawAccount, string StandardAccount, int LineNumber, string Number, DateOnly OpeningDate,
        DateOnly Date, decimal Opening, decimal Closing, decimal DebitTurnover, decimal CreditTurnover, string Name);
}
