using System.Text.Json;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Setup;
using Pelhrimov.Receivables.Api;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Receivables.Sample;

/// <summary>A receivable of the recipe: the API's fields, due dates and payment dates relative to the day of setup.</summary>
public sealed class RecipeReceivable
{
    public string? Id { get; set; }

    public string? PersonId { get; set; }

    public string? Kind { get; set; }

    public string? Period { get; set; }

    public decimal? Amount { get; set; }

    public string? VariableSymbol { get; set; }

    public string? SpecificSymbol { get; set; }

    public string? ConstantSymbol { get; set; }

    public string? AccountNumber { get; set; }

    public string? BankCode { get; set; }

    /// <summary>Days from the day of setup to the due date; negative for a receivable already past due.</summary>
    public int DueInDays { get; set; }

    public List<RecipePayment> Payments { get; set; } = [];
}

public sealed class RecipePayment
{
    public string? Id { get; set; }

    public decimal? Amount { get; set; }

    /// <summary>Days before the day of setup.</summary>
    public int DaysAgo { get; set; }

    public string? Source { get; set; }
}

/// <summary>
/// Recipe step <c>Receivables</c>: sample receivables and payments, stored through the same validation and writer as
/// the API (<c>{ "name": "Receivables", "receivables": [ … ] }</c>). Dates are relative to setup, so "overdue" stays true.
/// </summary>
public sealed class ReceivablesRecipeStep(ReceivableWriter writer, TimeProvider clock) : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var items = step.GetProperty("receivables").Deserialize<List<RecipeReceivable>>(Json) ?? [];
        var today = CzechFormat.Today(clock);
        var writes = new List<ReceivableWrite>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var errors = new Dictionary<string, string[]>();
            var request = new ReceivableRequest
            {
                PersonId = item.PersonId, Kind = item.Kind, Period = item.Period, Amount = item.Amount, DueDate = today.AddDays(item.DueInDays),
                VariableSymbol = item.VariableSymbol, SpecificSymbol = item.SpecificSymbol, ConstantSymbol = item.ConstantSymbol,
                AccountNumber = item.AccountNumber, BankCode = item.BankCode,
            };
            var write = ReceivableValidation.ProblemWithId(item.Id) is null ? ReceivableValidation.Validate(item.Id!, request, "", errors) : null;
            if (write is null)
            {
                throw new InvalidOperationException($"Recipe receivable {i} ({item.Id}) is not valid: "
                    + string.Join("; ", errors.Select(e => e.Key + ": " + string.Join(' ', e.Value))));
            }
            writes.Add(write);
        }
        await writer.UpsertAsync(writes, cancellationToken);
        foreach (var item in items)
        {
            foreach (var payment in item.Payments)
            {
                var errors = new Dictionary<string, string[]>();
                var request = new PaymentRequest { Amount = payment.Amount, Date = today.AddDays(-payment.DaysAgo), Source = payment.Source };
                var write = ReceivableValidation.Validate(payment.Id ?? "", request, errors)
                    ?? throw new InvalidOperationException($"Recipe payment {payment.Id} of {item.Id} is not valid: " + string.Join("; ", errors.Keys));
                await writer.BookPaymentAsync(item.Id!, write, cancellationToken);
            }
        }
    }
}
