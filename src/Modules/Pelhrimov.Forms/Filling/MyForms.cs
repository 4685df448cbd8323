using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Domain;

namespace Pelhrimov.Forms.Filling;

/// <summary>An unfinished form of the citizen: where to continue and until when it is kept.</summary>
public sealed record MyDraft(string Slug, string Title, string? StepId, DateTime UpdatedUtc, DateTime ExpiresUtc);

/// <summary>A form the citizen submitted.</summary>
public sealed record MySubmission(string Reference, string Title, DateTime SubmittedUtc, bool ReceiptReady);

public sealed record MyFormsPage(IReadOnlyList<MyDraft> Drafts, IReadOnlyList<MySubmission> Submissions);

/// <summary>A signed-in citizen's unfinished and submitted forms (<c>/muj-portal/formulare</c> and its card).</summary>
public sealed class MyForms(FormsDbContext db, TimeProvider clock)
{
    public const string Path = "/muj-portal/formulare";

    /// <summary>How many unfinished and sent forms the citizen has (the card), without reading them.</summary>
    public async Task<(int Drafts, int Submissions)> CountsAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var drafts = await db.Drafts.AsNoTracking().Where(d => d.AccountId == accountId && d.ExpiresUtc > now)
            .Join(db.Forms.AsNoTracking().Where(f => f.State == FormState.Live), d => d.FormId, f => f.Id, (d, _) => d.Id)
            .CountAsync(cancellationToken);
        var submissions = await db.Submissions.AsNoTracking().CountAsync(s => s.AccountId == accountId, cancellationToken);
        return (drafts, submissions);
    }

    public async Task<MyFormsPage> ForAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var drafts = await db.Drafts.AsNoTracking().Where(d => d.AccountId == accountId && d.ExpiresUtc > now)
            .Join(db.Forms.AsNoTracking().Where(f => f.State == FormState.Live), d => d.FormId, f => f.Id,
                (d, f) => new MyDraft(f.Slug, f.Title, d.CurrentStepId, d.UpdatedUtc, d.ExpiresUtc))
            .ToListAsync(cancellationToken);
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.AccountId == accountId)
            .Join(db.Forms.AsNoTracking(), s => s.FormId, f => f.Id, (s, f) => new MySubmission(s.Reference, f.Title, s.SubmittedUtc, s.ReceiptState == ReceiptState.Ready))
            .ToListAsync(cancellationToken);
        return new MyFormsPage(
            [.. drafts.OrderByDescending(d => d.UpdatedUtc)],
            [.. submissions.OrderByDescending(s => s.SubmittedUtc).Take(100)]);
    }
}

[Route(MyForms.Path)]
[Authorize(Policy = CitizenAuthentication.SignedInPolicy)]
public sealed class MyFormsController(MyForms myForms) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        Response.SetNeverCached();
        var accountId = Guid.Parse(User.FindFirst(CitizenAuthentication.AccountIdClaim)!.Value);
        return View(await myForms.ForAsync(accountId, cancellationToken));
    }
}

/// <summary>The card "Formuláře" on <c>/muj-portal</c>: unfinished forms first, then how many were sent.</summary>
public sealed class MyFormsSection(MyForms myForms) : ICitizenAreaSection
{
    private static readonly CzechPlural Unfinished = new("rozpracovaný formulář", "rozpracované formuláře", "rozpracovaných formulářů");

    public async Task<CitizenAreaCard?> DescribeAsync(CitizenViewer viewer, CancellationToken cancellationToken)
    {
        var (drafts, submissions) = await myForms.CountsAsync(viewer.AccountId, cancellationToken);
        var summary = (drafts, submissions) switch
        {
            (0, 0) => "Formuláře úřadu vyplníte online, bez cesty na úřad.",
            (0, var sent) => $"Odeslané formuláře: {CzechFormat.Number(sent)}. Potvrzení si můžete znovu stáhnout.",
            (var open, _) => $"Máte {Unfinished.Count(open)}, dokončete ho před smazáním.",
        };
        return new CitizenAreaCard("Formuláře", MyForms.Path, summary, drafts > 0 ? drafts : null, Order: 30);
    }
}
