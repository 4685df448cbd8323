using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Filings.Data;
using Pelhrimov.Filings.Domain;

namespace Pelhrimov.Filings.Services;

/// <summary><c>filings.status-changed</c> for workflows: the filing's number, subject, statuses and note, its citizens, the notification's values.</summary>
public sealed class FilingStatusChangedForWorkflows(FilingsDbContext db, IPersonLinks links, SiteAddress site) : IWorkflowEventSource<FilingStatusChanged>
{
    public static WorkflowTriggerInfo Info { get; } = new("Změnil se stav podání",
    [
        new("filingId", "Id podání"), new("reference", "Číslo podání"), new("subject", "Předmět podání"),
        new("oldStatus", "Předchozí stav (kód: prijato, v-reseni, ceka-na-doplneni, vyrizeno, zamitnuto)"),
        new("newStatus", "Nový stav (kód)"), new("newStatusName", "Nový stav česky"), new("note", "Poznámka úřadu pro občana"),
        new("department", "Odbor"),
    ],
    new(new Dictionary<string, string?>
    {
        ["filingId"] = "00000000-0000-0000-0000-000000000001", ["reference"] = "P-2026-7K3M9", ["subject"] = "Žádost o parkovací kartu",
        ["oldStatus"] = "prijato", ["newStatus"] = "v-reseni", ["newStatusName"] = "V řešení", ["note"] = "Předali jsme odboru dopravy.", ["department"] = "Odbor dopravy",
    }, [Guid.Empty], new("filing.status-changed", new Dictionary<string, object?>
    {
        ["Reference"] = "P-2026-7K3M9", ["FilingSubject"] = "Žádost o parkovací kartu", ["OldStatus"] = "Přijato", ["NewStatus"] = "V řešení",
        ["Note"] = "Předali jsme odboru dopravy.", ["Url"] = "https://www.pelhrimov.cz/muj-portal/podani/P-2026-7K3M9",
    })), "filing.status-changed");

    // What an event's description needs of the filing and of the change, in one round trip: every status change of a
    // filing runs it (ADR 0061). Nothing when either is gone.
    private static readonly CompiledQuery<Func<FilingsDbContext, Guid, Guid, CancellationToken, Task<Described?>>> Describe = new(() =>
        EF.CompileAsyncQuery((FilingsDbContext db, Guid filingId, Guid changeId, CancellationToken _) =>
            (from filing in db.Filings
             where filing.Id == filingId
             from change in db.StatusChanges
             where change.Id == changeId
             select new Described(filing.Reference, filing.Subject, filing.Department, change.Status, change.PublicNote)).FirstOrDefault()));

    private sealed record Described(string Reference, string Subject, string? Department, FilingStatus Status, string? PublicNote);

    public async Task<WorkflowEventData?> DescribeAsync(FilingStatusChanged e, CancellationToken cancellationToken)
    {
        if (await Describe.For(db)(db, e.FilingId, e.ChangeId, cancellationToken) is not { } found)
        {
            return null;
        }
        var oldName = FilingTexts.ParseStatus(e.OldStatus)?.Name() ?? e.OldStatus;
        var newName = found.Status.Name();
        var url = new Uri(site.Root, "muj-portal/podani/" + found.Reference).ToString();
        return new WorkflowEventData(new Dictionary<string, string?>
        {
            ["filingId"] = e.FilingId.ToString(), ["reference"] = found.Reference, ["subject"] = found.Subject, ["oldStatus"] = e.OldStatus,
            ["newStatus"] = e.NewStatus, ["newStatusName"] = newName, ["note"] = found.PublicNote, ["department"] = found.Department,
        },
        string.IsNullOrEmpty(e.PersonId) ? [] : await links.AccountIdsOfAsync(e.PersonId, cancellationToken),
        new("filing.status-changed", new Dictionary<string, object?>
        {
            ["Reference"] = found.Reference, ["FilingSubject"] = found.Subject, ["OldStatus"] = oldName, ["NewStatus"] = newName,
            ["Note"] = found.PublicNote, ["Url"] = url,
        }));
    }
}

/// <summary>The workflow action "change a filing's status": a status change by the same service as a clerk's, in the step's transaction.</summary>
public sealed class ChangeFilingStatusAction(FilingsService filings) : IWorkflowAction
{
    public static WorkflowActionInfo Info { get; } = new("filings.change-status", "Změnit stav podání",
    [
        new("status", "Nový stav", [.. Enum.GetValues<FilingStatus>().Select(s => new WorkflowChoice(s.Code(), s.Name()))]),
        new("note", "Poznámka pro občana", Required: false),
    ], ["filingId"]);

    public async Task<string> RunAsync(WorkflowActionRequest request, CancellationToken cancellationToken)
    {
        var status = FilingTexts.ParseStatus(request.Parameters.GetValueOrDefault("status"))
            ?? throw new WorkflowActionRefusedException("Neznámý stav podání.");
        var filing = Guid.TryParse(request.Event.Fields.GetValueOrDefault("filingId"), out var id)
            ? await filings.FindByIdAsync(id, cancellationToken) : null;
        if (filing is null)
        {
            throw new WorkflowActionRefusedException("Podání už neexistuje.");
        }
        if (request.DryRun)
        {
            return $"Změnil by stav podání {filing.Reference} na „{status.Name()}“.";
        }
        var note = request.Parameters.GetValueOrDefault("note");
        var (_, outcome) = await filings.ChangeStatusAsync(filing,
            new StatusChangeRequest("postup-" + request.IdempotencyKey, status, note, null, "pracovní postup"), cancellationToken);
        return $"Stav podání {filing.Reference}: „{status.Name()}“ ({(outcome == WriteOutcome.Created ? "změněno" : "beze změny")}).";
    }
}
