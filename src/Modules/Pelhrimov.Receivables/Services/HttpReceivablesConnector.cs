using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Receivables.Services;

/// <summary>
/// Reads receivables straight from the town's finance system over HTTP (the contract: docs/back-office-connector.md),
/// through the resilience pipeline of <see cref="BackOfficeConnectorOptions"/>. Every good answer is kept per person set
/// and query; when the system is slow, down, answers an error or something that is not the contract's JSON, the pages get
/// the last good answer, stamped, or nothing (ADR 0034). Rows of persons not asked about are dropped, whatever the system sends.
/// </summary>
public sealed class HttpReceivablesConnector(HttpClient http, BackOfficeAnswerCache<ReceivablesDbContext> cache, TimeProvider clock,
    ILogger<HttpReceivablesConnector> logger)
    : IReceivablesConnector
{
    public async Task<ConnectorResult<IReadOnlyList<ReceivableSummary>>> ListAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return ConnectorResult.Live<IReadOnlyList<ReceivableSummary>>([], clock.GetUtcNow().UtcDateTime);
        }
        return await cache.ReadThroughAsync<IReadOnlyList<ReceivableSummary>>(personIds, "receivables", async ct =>
        {
            var body = await http.GetJsonAsync<ListBody>("v1/receivables" + BackOfficeHttp.PersonsQuery(personIds), ct)
                ?? throw new BackOfficeContractException("The list of receivables is empty.");
            return [.. Owned(body.Receivables, personIds).Select(Summary).OrderByDescending(r => r.DueDate).ThenBy(r => r.Id, StringComparer.Ordinal)];
        }, _ => true, cancellationToken);
    }

    public async Task<ConnectorResult<ReceivableDetail?>> FindAsync(IReadOnlyCollection<string> personIds, string receivableId, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0 || string.IsNullOrWhiteSpace(receivableId) || receivableId.Length > 64)
        {
            return ConnectorResult.Live<ReceivableDetail?>(null, clock.GetUtcNow().UtcDateTime);
        }
        return await cache.ReadThroughAsync(personIds, "receivable:" + receivableId, async ct =>
        {
            var body = await http.GetJsonAsync<DetailBody>("v1/receivables/" + Uri.EscapeDataString(receivableId) + BackOfficeHttp.PersonsQuery(personIds), ct);
            if (body?.Receivable is null || Owned([body.Receivable], personIds).Count == 0 || body.Receivable.Id != receivableId)
            {
                return null;
            }
            return new ReceivableDetail(
                Summary(body.Receivable),
                [.. (body.Payments ?? []).OrderBy(p => p.Date).Select(p => new PaymentSummary(p.Id, p.Date, p.Amount, Source(p.Source)))],
                [.. (body.History ?? []).OrderBy(h => h.At).Select(h => new HistorySummary(h.At.UtcDateTime, h.What, h.Note))]);
        }, detail => detail is not null, cancellationToken);
    }

    private List<ReceivableBody> Owned(IEnumerable<ReceivableBody>? rows, IReadOnlyCollection<string> personIds) =>
        BackOfficeHttp.Owned(rows, personIds, r => r.PersonId,
            r => logger.LogWarning("The finance system sent receivable {Id} of a person that was not asked about; it is not shown.", r.Id));

    private static ReceivableSummary Summary(ReceivableBody r) =>
        new(r.Id, r.PersonId, r.Kind, r.Period, r.Amount, r.Paid, r.DueDate, r.VariableSymbol, r.SpecificSymbol, r.ConstantSymbol,
            BankAccount.ProblemWithNumber(r.AccountNumber) is null && BankAccount.ProblemWithBankCode(r.BankCode) is null
                ? BankAccount.From(r.AccountNumber, r.BankCode)
                : throw new BackOfficeContractException($"Receivable {r.Id} has an invalid account {r.AccountNumber}/{r.BankCode}."),
            r.Cancelled);

    private static PaymentSource Source(string? code) => code switch
    {
        "bank-statement" => PaymentSource.BankStatement,
        "card" => PaymentSource.Card,
        "cash" => PaymentSource.Cash,
        _ => PaymentSource.BackOffice,
    };

    private sealed record ListBody(List<ReceivableBody>? Receivables);

    private sealed record DetailBody(ReceivableBody? Receivable, List<PaymentBody>? Payments, List<HistoryBody>? History);

    private sealed record ReceivableBody(
        string Id, string PersonId, string Kind, string Period, decimal Amount, decimal Paid, DateOnly DueDate, string VariableSymbol,
        string? SpecificSymbol, string? ConstantSymbol, string AccountNumber, string BankCode, bool Cancelled);

    private sealed record PaymentBody(string Id, DateOnly Date, decimal Amount, string? Source);

    private sealed record HistoryBody(DateTimeOffset At, string What, string? Note);
}

public static class ReceivablesConnectorRegistration
{
    /// <summary>The connector <c>Receivables:Connector:Kind</c> names: the built-in one, or <see cref="HttpReceivablesConnector"/>.</summary>
    public static IServiceCollection AddReceivablesConnector(this IServiceCollection services, IConfigurationSection section) =>
        BackOfficeConnectorOptions.From(section)
            .AddConnector<IReceivablesConnector, BuiltInReceivablesConnector, HttpReceivablesConnector, ReceivablesDbContext>(services);
}
