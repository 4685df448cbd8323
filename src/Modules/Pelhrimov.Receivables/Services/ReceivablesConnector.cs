using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Receivables.Services;

/// <summary>A receivable as the citizen pages show it, whichever back office it comes from.</summary>
public sealed record ReceivableSummary(
    string Id,
    string PersonId,
    string Kind,
    string Period,
    decimal Amount,
    decimal Paid,
    DateOnly DueDate,
    string VariableSymbol,
    string? SpecificSymbol,
    string? ConstantSymbol,
    BankAccount Account,
    bool Cancelled)
{
    public ReceivableStatus StatusOn(DateOnly today) => ReceivableStatuses.Of(Amount, Paid, DueDate, Cancelled, today);

    /// <summary>What is left to pay; 0 when paid in full or cancelled.</summary>
    public decimal Outstanding => Cancelled ? 0 : Math.Max(0, Amount - Paid);

    /// <summary>Paid above the amount (přeplatek); 0 without an overpayment.</summary>
    public decimal Overpaid => Math.Max(0, Paid - Amount);
}

public sealed record PaymentSummary(string Id, DateOnly Date, decimal Amount, PaymentSource Source);

public sealed record HistorySummary(DateTime AtUtc, string What, string? Note);

public sealed record ReceivableDetail(ReceivableSummary Receivable, IReadOnlyList<PaymentSummary> Payments, IReadOnlyList<HistorySummary> History);

/// <summary>
/// The read side of receivables the citizen pages use: only ever the receivables of the given back-office persons.
/// The built-in connector reads the portal's own tables (filled through the API); an HTTP connector reading the finance
/// system directly can replace it (<see cref="HttpReceivablesConnector"/>, chosen by <c>Receivables:Connector:Kind</c>).
/// Each answer says whether it is live or the last good answer kept while the finance system does not answer, and as of when.
/// </summary>
public interface IReceivablesConnector
{
    Task<ConnectorResult<IReadOnlyList<ReceivableSummary>>> ListAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken);

    /// <summary>The receivable with its payments and history; a null value when it does not exist or belongs to another person.</summary>
    Task<ConnectorResult<ReceivableDetail?>> FindAsync(IReadOnlyCollection<string> personIds, string receivableId, CancellationToken cancellationToken);
}

/// <summary>The built-in connector: the receivables the finance system pushed through the API into the portal's tables.</summary>
/// <remarks>Its answers are always live: the tables are the portal's own.</remarks>
public sealed class BuiltInReceivablesConnector(ReceivablesDbContext db, TimeProvider clock) : IReceivablesConnector
{
    public async Task<ConnectorResult<IReadOnlyList<ReceivableSummary>>> ListAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken) =>
        ConnectorResult.Live(await ReadListAsync(personIds, cancellationToken), clock.GetUtcNow().UtcDateTime);

    public async Task<ConnectorResult<ReceivableDetail?>> FindAsync(IReadOnlyCollection<string> personIds, string receivableId, CancellationToken cancellationToken) =>
        ConnectorResult.Live(await ReadDetailAsync(personIds, receivableId, cancellationToken), clock.GetUtcNow().UtcDateTime);

    private async Task<IReadOnlyList<ReceivableSummary>> ReadListAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return [];
        }
        var rows = await db.Receivables.AsNoTracking()
            .Where(r => personIds.Contains(r.PersonId))
            .OrderByDescending(r => r.DueDate).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(Summary)];
    }

    private async Task<ReceivableDetail?> ReadDetailAsync(IReadOnlyCollection<string> personIds, string receivableId, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return null;
        }
        var row = await db.Receivables.AsNoTracking()
            .Include(r => r.Payments).Include(r => r.History)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.ExternalId == receivableId && personIds.Contains(r.PersonId), cancellationToken);
        if (row is null)
        {
            return null;
        }
        return new ReceivableDetail(
            Summary(row),
            [.. row.Payments.OrderBy(p => p.Date).ThenBy(p => p.Id).Select(p => new PaymentSummary(p.ExternalId, p.Date, p.Amount, p.Source))],
            [.. row.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id).Select(h => new HistorySummary(h.AtUtc, h.What, h.Note))]);
    }

    internal static ReceivableSummary Summary(Receivable r) =>
        new(r.ExternalId, r.PersonId, r.Kind, r.Period, r.Amount, r.PaidAmount, r.DueDate, r.VariableSymbol, r.SpecificSymbol,
            r.ConstantSymbol, r.Account, r.Cancelled);
}
