using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Filling;

namespace Pelhrimov.Forms.Services;

/// <summary><c>forms.submitted</c> for workflows: the form's title, the submission's number and time, the citizen, the confirmation's values.</summary>
public sealed class FormSubmittedForWorkflows(FormsDbContext db, SiteAddress site) : IWorkflowEventSource<FormSubmitted>
{
    public static WorkflowTriggerInfo Info { get; } = new("Občan odeslal formulář",
    [
        new("formId", "Id formuláře"), new("formTitle", "Název formuláře"), new("reference", "Číslo podání"),
        new("submittedAt", "Kdy byl odeslán (rrrr-mm-dd)"), new("anonymous", "Bez přihlášení (true/false)"),
    ],
    new(new Dictionary<string, string?>
    {
        ["formId"] = "00000000-0000-0000-0000-000000000002", ["formTitle"] = "Přihlášení psa k evidenci", ["reference"] = "F-2026-000456",
        ["submittedAt"] = "2026-11-29", ["anonymous"] = "false",
    }, [Guid.Empty], new("form.submitted", new Dictionary<string, object?>
    {
        ["FormTitle"] = "Přihlášení psa k evidenci", ["Reference"] = "F-2026-000456", ["SubmittedAt"] = "29. 11. 2026 14:05",
        ["Url"] = "https://www.pelhrimov.cz/muj-portal/formulare",
    })), "form.submitted");

    public async Task<WorkflowEventData?> DescribeAsync(FormSubmitted e, CancellationToken cancellationToken)
    {
        var found = await (from s in db.Submissions.AsNoTracking()
                           join f in db.Forms.AsNoTracking() on s.FormId equals f.Id
                           where s.Id == e.SubmissionId
                           select new { s.Reference, s.SubmittedUtc, f.Title }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        return new WorkflowEventData(new Dictionary<string, string?>
        {
            ["formId"] = e.FormId.ToString(), ["formTitle"] = found.Title, ["reference"] = found.Reference,
            ["submittedAt"] = CzechFormat.ToLocal(found.SubmittedUtc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["anonymous"] = e.AccountId is null ? "true" : "false",
        },
        e.AccountId is { } account ? [account] : [],
        new("form.submitted", new Dictionary<string, object?>
        {
            ["FormTitle"] = found.Title, ["Reference"] = found.Reference, ["SubmittedAt"] = CzechFormat.DateAndTime(found.SubmittedUtc),
            ["Url"] = new Uri(site.Root, MyForms.Path.TrimStart('/')).ToString(),
        }));
    }
}
