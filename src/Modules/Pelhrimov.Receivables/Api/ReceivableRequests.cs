using System.Text.Json;
using System.Text.Json.Serialization;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Receivables.Api;

/// <summary>The body of <c>PUT /api/v1/pohledavky/{id}</c> (and of a batch item, with its <see cref="Id"/>).</summary>
public sealed class ReceivableRequest
{
    /// <summary>Only in a batch item: the receivable's id.</summary>
    public string? Id { get; set; }

    public string? PersonId { get; set; }

    public string? Kind { get; set; }

    public string? Period { get; set; }

    public decimal? Amount { get; set; }

    public string? Currency { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? VariableSymbol { get; set; }

    public string? SpecificSymbol { get; set; }

    public string? ConstantSymbol { get; set; }

    /// <summary><c>19-2000145399</c> or <c>2000145399</c>.</summary>
    public string? AccountNumber { get; set; }

    public string? BankCode { get; set; }

    public bool? Cancelled { get; set; }
}

/// <summary>The body of <c>POST /api/v1/pohledavky/davka</c>.</summary>
public sealed class ReceivableBatchRequest
{
    public List<ReceivableRequest?>? Items { get; set; }
}

/// <summary>The body of <c>PUT /api/v1/pohledavky/{id}/platby/{paymentId}</c>.</summary>
public sealed class PaymentRequest
{
    public DateOnly? Date { get; set; }

    public decimal? Amount { get; set; }

    /// <summary><c>bank-statement</c>, <c>card</c>, <c>cash</c> or <c>back-office</c>.</summary>
    public string? Source { get; set; }
}

/// <summary>Validation of API bodies: Czech messages keyed by the JSON field (<c>amount</c>, <c>items[3].variableSymbol</c>).</summary>
public static class ReceivableValidation
{
    public const int MaxBatch = 1000;

    public const int MaxIdLength = 64;

    /// <summary>The largest amount QR Platba can carry (10 characters with two decimals).</summary>
    public const decimal MaxAmount = 9_999_999.99m;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Ids of receivables, payments and persons: letters, digits, <c>. _ -</c>, at most 64 characters (they appear in URLs).</summary>
    public static string? ProblemWithId(string? id) =>
        string.IsNullOrEmpty(id) ? "Identifikátor chybí."
        : id.Length > MaxIdLength ? $"Identifikátor může mít nejvýše {MaxIdLength} znaků."
        : id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-') ? null
        : "Identifikátor smí obsahovat jen písmena bez diakritiky, číslice, tečku, podtržítko a pomlčku.";

    public static ReceivableWrite? Validate(string id, ReceivableRequest request, string prefix, IDictionary<string, string[]> errors)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors[prefix + field] = [message];

        if (ProblemWithId(request.PersonId) is { } personProblem)
        {
            Fail("personId", personProblem);
        }
        Text(request.Kind, "kind", 100, "Druh pohledávky", Fail);
        Text(request.Period, "period", 50, "Období", Fail);
        if (ProblemWithAmount(request.Amount) is { } amountProblem)
        {
            Fail("amount", amountProblem);
        }
        if (request.Currency is not null and not "CZK")
        {
            Fail("currency", "Portál přijímá jen pohledávky v korunách (CZK).");
        }
        if (request.DueDate is null)
        {
            Fail("dueDate", "Datum splatnosti chybí (ve tvaru 2026-03-31).");
        }
        if (Symbol(request.VariableSymbol, required: true) is { } vs)
        {
            Fail("variableSymbol", "Variabilní symbol " + vs);
        }
        if (Symbol(request.SpecificSymbol, required: false) is { } ss)
        {
            Fail("specificSymbol", "Specifický symbol " + ss);
        }
        if (Symbol(request.ConstantSymbol, required: false) is { } ks)
        {
            Fail("constantSymbol", "Konstantní symbol " + ks);
        }
        if (BankAccount.ProblemWithNumber(request.AccountNumber) is { } accountProblem)
        {
            Fail("accountNumber", accountProblem);
        }
        if (BankAccount.ProblemWithBankCode(request.BankCode) is { } bankProblem)
        {
            Fail("bankCode", bankProblem);
        }
        if (errors.Count > before)
        {
            return null;
        }
        return new ReceivableWrite(
            id, request.PersonId!, request.Kind!.Trim(), request.Period!.Trim(), request.Amount!.Value, "CZK", request.DueDate!.Value,
            request.VariableSymbol!, Empty(request.SpecificSymbol), Empty(request.ConstantSymbol),
            BankAccount.From(request.AccountNumber!, request.BankCode!), request.Cancelled ?? false);
    }

    public static PaymentWrite? Validate(string id, PaymentRequest request, IDictionary<string, string[]> errors)
    {
        if (request.Date is null)
        {
            errors["date"] = ["Datum platby chybí (ve tvaru 2026-03-31)."];
        }
        if (ProblemWithAmount(request.Amount) is { } amountProblem)
        {
            errors["amount"] = [amountProblem];
        }
        var source = ReceivableStatuses.ParseSource(request.Source);
        if (source is null)
        {
            errors["source"] = ["Zdroj platby je jeden z kódů bank-statement, card, cash, back-office."];
        }
        return errors.Count > 0 ? null : new PaymentWrite(id, request.Date!.Value, request.Amount!.Value, source!.Value);
    }

    private static string? ProblemWithAmount(decimal? amount) =>
        amount is null ? "Částka chybí."
        : amount <= 0 ? "Částka musí být kladná."
        : amount > MaxAmount ? "Částka může být nejvýše 9 999 999,99 Kč."
        : decimal.Round(amount.Value, 2) != amount ? "Částka může mít nejvýše dvě desetinná místa (haléře)."
        : null;

    private static string? Symbol(string? value, bool required) =>
        string.IsNullOrEmpty(value) ? (required ? "chybí." : null)
        : value.Length <= 10 && BankAccount.IsDigits(value) ? null
        : "má nejvýše 10 číslic a nic jiného.";

    private static void Text(string? value, string field, int max, string name, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            fail(field, name + " chybí.");
        }
        else if (value.Trim().Length > max)
        {
            fail(field, $"{name} může mít nejvýše {max} znaků.");
        }
    }

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
