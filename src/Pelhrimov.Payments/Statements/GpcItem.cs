namespace Pelhrimov.Payments.Statements;

/// <summary>The fields of one 075 record (obratová položka), by the positions of docs/bank-statements.md.</summary>
internal sealed record GpcItem(
    string? CounterAccount,
    string? DocumentNumber,
    decimal Amount,
    char Code,
    Direction Direction,
    bool IsReversal,
    string? VariableSymbol,
    string? CounterBankCode,
    string? ConstantSymbol,
    string? SpecificSymbol,
    DateOnly? ValueDate,
    string? Name,
    DateOnly? PostingDate)
{
    /// <summary>Reads the record, or returns null with <see cref="GpcFields.Error"/> set.</summary>
    public static GpcItem? Read(GpcFields fields, GpcReversalCodes reversalCodes)
    {
        var counterAccount = fields.Digits(20, 16, "Číslo protiúčtu");
        var documentNumber = fields.Text(36, 13).Trim();
        var amount = fields.Amount(49, 12, "Částka");
        var code = fields.Text(61, 1)[0];
        (Direction Direction, bool IsReversal)? posting = (code, reversalCodes) switch
        {
            ('1', _) => (Direction.Debit, false),
            ('2', _) => (Direction.Credit, false),
            ('4', GpcReversalCodes.FourAndFive) or ('3', GpcReversalCodes.ThreeAndFour) => (Direction.Credit, true),
            ('5', GpcReversalCodes.FourAndFive) or ('4', GpcReversalCodes.ThreeAndFour) => (Direction.Debit, true),
            _ => null,
        };
        var variableSymbol = fields.Digits(62, 10, "Variabilní symbol", spacesAllowed: true);
        var bankCode = fields.Digits(74, 4, "Kód banky protiúčtu", spacesAllowed: true);
        var constantSymbol = fields.Digits(78, 4, "Konstantní symbol", spacesAllowed: true);
        var specificSymbol = fields.Digits(82, 10, "Specifický symbol", spacesAllowed: true);
        var valueDate = fields.Date(92, "Datum valuty", zeroMeansNone: true);
        var name = fields.Text(98, 20).Trim();
        var postingDate = fields.Date(123, "Datum zaúčtování", zeroMeansNone: true);
        if (fields.Error is not null)
        {
            return null;
        }
        if (posting is null)
        {
            var reversals = reversalCodes == GpcReversalCodes.FourAndFive ? "4 a 5" : "3 a 4";
            fields.Invalid($"Kód účtování (znak 61) „{code}“ není známý: 1 = odchozí, 2 = příchozí, {reversals} = storno.");
            return null;
        }
        return new GpcItem(
            counterAccount!.Trim('0').Length == 0 ? null : counterAccount,
            documentNumber.Trim('0').Length == 0 ? null : documentNumber,
            amount!.Value,
            code,
            posting.Value.Direction,
            posting.Value.IsReversal,
            GpcFields.Symbol(variableSymbol!),
            bankCode!.Trim('0').Length == 0 ? null : bankCode,
            GpcFields.Symbol(constantSymbol!),
            GpcFields.Symbol(specificSymbol!),
            valueDate,
            name.Length == 0 ? null : name,
            postingDate);
    }
}
