using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Receivables.Services;

/// <summary>
/// Receivables for workflows: the events <c>receivables.created</c>, <c>status-changed</c>, <c>payment-booked</c> and the
/// date trigger <c>receivables.due</c> (outstanding receivables due on a day), each with the receivable's fields, the
/// citizens linked to its person and the values of <c>receivable.due-soon</c> (or <c>receivable.payment-received</c>).
/// </summary>
public sealed class ReceivablesForWorkflows(ReceivablesDbContext db, IPersonLinks links, SiteAddress site, TimeProvider clock)
    : IWorkflowEventSource<ReceivableCreated>, IWorkflowEventSource<ReceivableStatusChanged>, IWorkflowEventSource<ReceivablePaymentBooked>, IWorkflowDateSource
{
    private static readonly WorkflowField[] Fields =
    [
        new("receivableId", "Id pohledávky ve finančním systému"), new("title", "Za co se platí"), new("amount", "Částka (číslo)"),
        new("outstanding", "Zbývá zaplatit (číslo)"), new("dueDate", "Splatnost (rrrr-mm-dd)"), new("variableSymbol", "Variabilní symbol"),
        new("status", "Stav (open, partially-paid, paid, overdue, cancelled)"),
    ];

    private static readonly Dictionary<string, string?> SampleFields = new()
    {
        ["receivableId"] = "R-2027-001", ["title"] = "Poplatek za komunální odpad 2027", ["amount"] = "1500", ["outstanding"] = "1500",
        ["dueDate"] = "2027-03-31", ["variableSymbol"] = "1337000123", ["status"] = "open", ["oldStatus"] = "open", ["newStatus"] = "overdue",
        ["paymentAmount"] = "1500", ["paymentDate"] = "2027-03-20",
    };

    private static readonly WorkflowNotificationValues SampleDue = new("receivable.due-soon", new Dictionary<string, object?>
    {
        ["Title"] = "Poplatek za komunální odpad 2027", ["Amount"] = "1 500 Kč", ["DueDate"] = "31. 3. 2027", ["VariableSymbol"] = "1337000123",
        ["Url"] = "https://www.pelhrimov.cz/muj-portal/platby/R-2027-001", ["Date"] = "20. 3. 2027", ["Outstanding"] = "0 Kč",
    });

    private static WorkflowTriggerInfo Trigger(string title, WorkflowField[] extra, string kind) =>
        new(title, [.. Fields, .. extra], new(SampleFields, [Guid.Empty], SampleDue with { Kind = kind }), kind);

    private static readonly WorkflowTriggerInfo Created = Trigger("Nová pohledávka (předpis platby)", [], "receivable.due-soon");

    private static readonly WorkflowTriggerInfo StatusChanged = Trigger("Změnil se stav pohledávky",
        [new("oldStatus", "Předchozí stav (kód)"), new("newStatus", "Nový stav (kód)")], "receivable.due-soon");

    private static readonly WorkflowTriggerInfo PaymentBooked = Trigger("Přijatá platba",
        [new("paymentAmount", "Zaplacená částka (číslo)"), new("paymentDate", "Datum platby (rrrr-mm-dd)")], "receivable.payment-received");

    private static readonly WorkflowTriggerInfo Due = Trigger("Splatnost nezaplacené pohledávky (N dní před nebo po)", [], "receivable.due-soon");

    static WorkflowTriggerInfo IWorkflowEventSource<ReceivableCreated>.Info => Created;

    static WorkflowTriggerInfo IWorkflowEventSource<ReceivableStatusChanged>.Info => StatusChanged;

    static WorkflowTriggerInfo IWorkflowEventSource<ReceivablePaymentBooked>.Info => PaymentBooked;

    static WorkflowTriggerInfo IWorkflowDateSource.Info => Due;

    public static string Key => "receivables.due";

    public Task<WorkflowEventData?> DescribeAsync(ReceivableCreated e, CancellationToken cancellationToken) =>
        DescribeAsync(e.ReceivableId, [], null, cancellationToken);

    public Task<WorkflowEventData?> DescribeAsync(ReceivableStatusChanged e, CancellationToken cancellationToken) =>
        DescribeAsync(e.ReceivableId, [("oldStatus", e.OldStatus), ("newStatus", e.NewStatus)], null, cancellationToken);

    public Task<WorkflowEventData?> DescribeAsync(ReceivablePaymentBooked e, CancellationToken cancellationToken) =>
        DescribeAsync(e.ReceivableId, [("paymentAmount", e.Amount.ToString(CultureInfo.InvariantCulture)), ("paymentDate", e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))],
            e, cancellationToken);

    public async Task<IReadOnlyList<WorkflowDatedItem>> ListAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var due = await db.Receivables.AsNoTracking().Where(r => r.DueDate == date && !r.Cancelled && r.PaidAmount < r.Amount).ToListAsync(cancellationToken);
        var items = new List<WorkflowDatedItem>();
        foreach (var receivable in due)
        {
            items.Add(new($"receivable-{receivable.ExternalId}-{date:yyyy-MM-dd}", await DescribeAsync(receivable, [], null, cancellationToken)));
        }
        return items;
    }

    private async Task<WorkflowEventData?> DescribeAsync(string externalId, (string, string?)[] extra, ReceivablePaymentBooked? payment, CancellationToken cancellationToken) =>
        await db.Receivables.AsNoTracking().FirstOrDefaultAsync(r => r.ExternalId == externalId, cancellationToken) is { } receivable
            ? await DescribeAsync(receivable, extra, payment, cancellationToken)
            : null;

    private async Task<WorkflowEventData> DescribeAsync(Receivable r, (string Name, string? Value)[] extra, ReceivablePaymentBooked? payment, CancellationToken cancellationToken)
    {
        var title = $"{r.Kind} {r.Period}".TrimEnd();
        var outstanding = r.Amount - r.PaidAmount;
        var fields = new Dictionary<string, string?>
        {
            ["receivableId"] = r.ExternalId, ["title"] = title, ["amount"] = r.Amount.ToString(CultureInfo.InvariantCulture),
            ["outstanding"] = outstanding.ToString(CultureInfo.InvariantCulture), ["dueDate"] = r.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["variableSymbol"] = r.VariableSymbol, ["status"] = ReceivableStatuses.Of(r, CzechFormat.Today(clock)).Code(),
        };
        foreach (var (name, value) in extra)
        {
            fields[name] = value;
        }
        var url = new Uri(site.Root, CitizenPaths.Detail(r.ExternalId).TrimStart('/')).ToString();
        var values = new Dictionary<string, object?>
        {
            ["Title"] = title, ["Amount"] = CzechFormat.Money(payment?.Amount ?? r.Amount), ["DueDate"] = CzechFormat.Date(r.DueDate),
            ["VariableSymbol"] = r.VariableSymbol, ["Url"] = url,
            ["Date"] = payment is null ? null : CzechFormat.Date(payment.Date), ["Outstanding"] = CzechFormat.Money(Math.Max(0, payment?.Outstanding ?? outstanding)),
        };
        return new WorkflowEventData(fields, await links.AccountIdsOfAsync(r.PersonId, cancellationToken),
            new(payment is null ? "receivable.due-soon" : "receivable.payment-received", values));
    }
}
