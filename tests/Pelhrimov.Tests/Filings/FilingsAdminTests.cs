using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Security;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Tests.Citizens;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Filings;

/// <summary>The clerks' inbox <c>/admin/podani</c>: filters, detail with history, status changes with notes, reply documents.</summary>
public sealed class FilingsAdminTests(SharedPortalApp app)
{
    [Fact]
    public async Task The_inbox_filters_filings_by_status_department_and_age()
    {
        var records = await RecordsSystem.ConnectAsync(app);
        var recent = DateTimeOffset.UtcNow.AddDays(-2).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var old = DateTimeOffset.UtcNow.AddDays(-45).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        await records.CreateAsync("F-1", "OS-009101", "Nová žádost o kácení", recent, "Odbor pro zkoušky");
        await records.CreateAsync("F-2", "OS-009101", "Stará žádost o kácení", old, "Odbor pro zkoušky");
        await records.ChangeAsync("F-2", "ceka-na-doplneni", "Doplňte fotografii stromu.");
        var clerk = await ClerkAsync();

        var byDepartment = await clerk.GetHtmlAsync("/admin/podani?odbor=" + Uri.EscapeDataString("Odbor pro zkoušky"));
        Assert.Equal(["Nová žádost o kácení", "Stará žádost o kácení"], Subjects(byDepartment));
        var recentOnly = await clerk.GetHtmlAsync("/admin/podani?odbor=" + Uri.EscapeDataString("Odbor pro zkoušky") + "&stari=tyden");
        Assert.Equal(["Nová žádost o kácení"], Subjects(recentOnly));
        var waiting = await clerk.GetHtmlAsync("/admin/podani?stav=ceka-na-doplneni&stari=starsi");
        Assert.Contains("Stará žádost o kácení", Subjects(waiting));
        Assert.DoesNotContain("Nová žádost o kácení", Subjects(waiting));
        Assert.Contains(byDepartment.QuerySelectorAll("#odbor option"), o => o.TextContent == "Odbor pro zkoušky");
        Assert.Contains(byDepartment.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/admin/podani");
    }

    [Fact]
    public async Task A_clerk_changes_the_status_with_notes_once_even_when_the_form_is_sent_twice_and_it_is_audited()
    {
        var records = await RecordsSystem.ConnectAsync(app);
        var reference = await records.CreateAsync("F-3", "OS-009103", "Žádost o pronájem sálu");
        var clerk = await ClerkAsync();
        var form = await AntiforgeryForm.LoadAsync(clerk, $"/admin/podani/{reference}", "form.status-form");
        var values = new Dictionary<string, string?>
        {
            ["Input.Status"] = "ceka-na-doplneni",
            ["Input.PublicNote"] = "Doplňte prosím termín akce.",
            ["Input.InternalNote"] = "Sál je v prosinci obsazený.",
        };
        using var first = await form.SubmitAsync(clerk, values);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var twice = await form.SubmitAsync(clerk, values);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);

        var id = await app.FilingIdAsync("F-3");
        var changes = await app.FilingsAsync(db => db.StatusChanges.AsNoTracking().Where(c => c.FilingId == id && c.Status == FilingStatus.AwaitingCompletion).ToListAsync());
        var change = Assert.Single(changes);
        Assert.Equal(("Doplňte prosím termín akce.", "Sál je v prosinci obsazený."), (change.PublicNote, change.InternalNote));
        Assert.Single(await app.EventsAsync("filings.status-changed", id));
        var audit = await EidSignIn.AuditAsync(app, FilingAuditActions.StatusChanged);
        Assert.Contains(audit, e => e.EntityId == reference && e.Summary!.Contains("čeká na doplnění"));

        var detail = await clerk.GetHtmlAsync($"/admin/podani/{reference}");
        Assert.Contains("Sál je v prosinci obsazený.", detail.QuerySelector("table.history")!.TextContent);
        var auditPage = await (await app.CreateStaffClientAsync()).GetHtmlAsync("/admin/audit?akce=" + FilingAuditActions.StatusChanged);
        Assert.Contains("Změna stavu podání", auditPage.Body!.TextContent);
    }

    [Fact]
    public async Task Waiting_for_completion_without_a_note_for_the_citizen_is_refused_next_to_the_field_and_changes_nothing()
    {
        var records = await RecordsSystem.ConnectAsync(app);
        var reference = await records.CreateAsync("F-4", "OS-009104");
        var clerk = await ClerkAsync();
        using var response = await AntiforgeryForm.PostAsync(clerk, $"/admin/podani/{reference}",
            new Dictionary<string, string?> { ["Input.Status"] = "ceka-na-doplneni", ["Input.PublicNote"] = "" }, "form.status-form");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("Napište občanovi, co má doplnit.", page.QuerySelector(".error-summary")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Input_PublicNote[aria-invalid='true']"));
        var id = await app.FilingIdAsync("F-4");
        Assert.Equal(1, await app.FilingsAsync(db => db.StatusChanges.CountAsync(c => c.FilingId == id)));

        using var forged = await AntiforgeryForm.PostAsync(clerk, $"/admin/podani/{reference}",
            new Dictionary<string, string?> { ["Input.Status"] = "smazano" }, "form.status-form");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task A_clerk_attaches_a_reply_and_a_file_that_is_no_document_is_refused()
    {
        var records = await RecordsSystem.ConnectAsync(app);
        var reference = await records.CreateAsync("F-5", "OS-009105");
        var clerk = await ClerkAsync();
        using var refused = await AntiforgeryForm.PostAsync(clerk, $"/admin/podani/{reference}", new Dictionary<string, string?>(), "form.reply-form",
            files: [new FormFile("soubor", "virus.exe", "MZ\x90\0"u8.ToArray(), "application/octet-stream")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Povolené jsou PDF, PNG a JPEG", (await refused.ReadHtmlAsync()).QuerySelector("#soubor-error")!.TextContent);

        using var attached = await AntiforgeryForm.PostAsync(clerk, $"/admin/podani/{reference}", new Dictionary<string, string?>(), "form.reply-form",
            files: [new FormFile("soubor", "Odpověď úřadu.pdf", RecordsSystem.Pdf, "application/pdf")]);
        Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        var id = await app.FilingIdAsync("F-5");
        var document = Assert.Single(await app.FilingsAsync(db => db.Documents.AsNoTracking().Where(d => d.FilingId == id).ToListAsync()));
        Assert.Equal(("odpoved-uradu.pdf", DocumentDirection.FromOffice), (document.FileName, document.Direction));
        Assert.Contains(await EidSignIn.AuditAsync(app, FilingAuditActions.DocumentAdded), e => e.EntityId == reference);

        var link = (await attached.ReadHtmlAsync()).QuerySelector($"a[href='/admin/podani/{reference}/dokumenty/{document.Id}']");
        Assert.NotNull(link);
        using var download = await clerk.GetAsync(link!.GetAttribute("href"));
        Assert.Equal(RecordsSystem.Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_editor_has_no_inbox_and_an_unknown_reference_is_404()
    {
        var editor = await app.CreateStaffAsync(StaffRoles.Editor);
        var client = await app.CreateStaffClientAsync(editor.Email, editor.Password);
        using var forbidden = await client.GetAsync("/admin/podani");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var unknown = await (await ClerkAsync()).GetAsync("/admin/podani/P-2026-ZZZZZ");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<HttpClient> ClerkAsync()
    {
        var clerk = await app.CreateStaffAsync(StaffRoles.Clerk);
        return await app.CreateStaffClientAsync(clerk.Email, clerk.Password);
    }

    private static List<string> Subjects(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("table.inbox tbody th a").Select(a => a.TextContent.Trim())];
}
