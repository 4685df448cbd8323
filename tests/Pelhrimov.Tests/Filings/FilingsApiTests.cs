using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Tests.ApiClients;

namespace Pelhrimov.Tests.Filings;

/// <summary>The records system's API <c>/api/v1/podani</c>: idempotent upserts, keyed status changes, documents, cursor paging, problem details.</summary>
public sealed class FilingsApiTests(SharedPortalApp app)
{
    [Fact]
    public async Task A_filing_pushed_twice_is_stored_once_with_one_history_entry_and_one_received_event()
    {
        var records = await RecordsSystem.ConnectAsync(app);
        using var first = await records.PutFilingAsync("A-1", RecordsSystem.Filing());
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = await RecordsSystem.JsonAsync(first);
        var reference = created.GetProperty("reference").GetString()!;
        Assert.Matches("^P-2026-[2-9A-HJ-NP-Z]{5}$", reference);
        Assert.Equal("prijato", created.GetProperty("status").GetString());

        using var again = await records.PutFilingAsync("A-1", RecordsSystem.Filing());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(reference, (await RecordsSystem.JsonAsync(again)).GetProperty("reference").GetString());

        var id = await app.FilingIdAsync("A-1");
        Assert.Equal(1, await app.FilingsAsync(db => db.StatusChanges.CountAsync(c => c.FilingId == id)));
        var received = Assert.Single(await app.EventsAsync("filings.received", id));
        Assert.Contains("\"personId\":\"OS-009001\"", received.Payload);
        Assert.DoesNotContain("rozhodnutí", received.Payload);
    }

    [Fact]
    public async Task A_changed_push_updates_the_filing_without_a_history_entry()
    {
        var records = await RecordsSystem.ConnectAsync(app);
        var reference = await records.CreateAsync("A-2", "OS-009002");
        var changed = new { personId = "OS-009002", subject = "Žádost o kopii rozhodnutí", channel = "portal", submittedAt = "2026-11-29T10:15:00+01:00",
            caseNumber = "MUPE/12345/2026", fileMark = "SZ MUPE/12000/2026", clerk = "Ing. Dvořáková" };
        using var response = await records.PutFilingAsync("A-2", changed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var filing = await app.FilingsAsync(db => db.Filings.AsNoTracking().SingleAsync(f => f.ExternalId == "A-2"));
        Assert.Equal((reference, "MUPE/12345/2026", "SZ MUPE/12000/2026", "Ing. Dvořáková"), (filing.Reference, filing.CaseNumber, filing.FileMark, filing.Clerk));
        Assert.Equal(new DateTime(2026, 11, 29, 9, 15, 0, DateTimeKind.Utc), filing.SubmittedUtc);
        Assert.Equal(1, await app.FilingsAsync(db => db.StatusChanges.CountAsync(c => c.FilingId == filing.Id)));
    }

    [Fact]
    public async Task An_invalid_filing_is_answered_with_problem_details_naming_each_field_and_nothing_is_stored()
    {
        var records = await RecordsSystem.ConnectAsync(app);
        using var response = await records.PutFilingAsync("A-3", new { subject = " ", channel = "fax", submittedAt = "2026-11-29T10:15:00" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await RecordsSystem.JsonAsync(response)).GetProperty("errors");
        Assert.Equal(["channel", "personId", "subject", "submittedAt"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("datova-schranka", errors.GetProperty("channel")[0].GetString());

        using var wrongType = await records.PutRawAsync("A-3", """{"personId":"OS-1","subject":5,"channel":"portal","submittedAt":"2026-11-29T10:15:00Z"}""");
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.True((await RecordsSystem.JsonAsync(wrongType)).GetProperty("errors").TryGetProperty("subject", out _));

        using var notJson = await records.PutRawAsync("A-3", "{\"personId\":");
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);

        using var badId = await records.PutFilingAsync("A 3", RecordsSystem.Filing());
        Assert.True((await RecordsSystem.JsonAsync(badId)).GetProperty("errors").TryGetProperty("id", out _));
        Assert.Equal(0, await app.FilingsAsync(db => db.Filings.CountAsync(f => f.ExternalId == "A-3" || f.ExternalId == "A 3")));
    }

    [Fact]
    public async Task A_status_change_sent_twice_with_one_idempotency_key_is_recorded_once_and_a_reused_key_with_other_content_is_a_conflict()
    {
        var records = await RecordsSystem.ConnectAsync(app);
        await records.CreateAsync("A-4", "OS-009004");
        var change = new { status = "ceka-na-doplneni", note = "Doložte plnou moc.", internalNote = "Chybí podpis." };
        using var first = await records.ChangeStatusAsync("A-4", change, "zmena-1");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using var again = await records.ChangeStatusAsync("A-4", change, "zmena-1");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var conflict = await records.ChangeStatusAsync("A-4", new { status = "vyrizeno" }, "zmena-1");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
        using var byBody = await records.ChangeStatusAsync("A-4", new { changeId = "zmena-2", status = "v-reseni" }, null);
        Assert.Equal(HttpStatusCode.Created, byBody.StatusCode);

        var id = await app.FilingIdAsync("A-4");
        var history = await app.FilingsAsync(db => db.StatusChanges.AsNoTracking().Where(c => c.FilingId == id).OrderBy(c => c.OccurredUtc).ToListAsync());
        Assert.Equal([FilingStatus.Received, FilingStatus.AwaitingCompletion, FilingStatus.InProgress], history.Select(c => c.Status));
        Assert.Equal(("Doložte plnou moc.", "Chybí podpis."), (history[1].PublicNote, history[1].InternalNote));
        Assert.Equal(FilingStatus.InProgress, await app.FilingsAsync(db => db.Filings.Where(f => f.Id == id).Select(f => f.Status).SingleAsync()));
        var events = await app.EventsAsync("filings.status-changed", id);
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Payload.Contains("\"oldStatus\":\"prijato\"") && e.Payload.Contains("\"newStatus\":\"ceka-na-doplneni\""));
        Assert.All(events, e => Assert.DoesNotContain("plnou moc", e.Payload));
    }

    [Fact]
    public async Task An_invalid_status_change_names_its_fields_and_one_for_an_unknown_filing_is_404()
    {
        var records = await RecordsSystem.ConnectAsync(app);
        await records.CreateAsync("A-5", "OS-009005");
        using var invalid = await records.ChangeStatusAsync("A-5", new { status = "hotovo" }, null);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await RecordsSystem.JsonAsync(invalid)).GetProperty("errors");
        Assert.Equal(["changeId", "status"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        using var mismatch = await records.ChangeStatusAsync("A-5", new { changeId = "x-1", status = "v-reseni" }, "x-2");
        Assert.True((await RecordsSystem.JsonAsync(mismatch)).GetProperty("errors").TryGetProperty("changeId", out _));

        using var unknown = await records.ChangeStatusAsync("neni-takove", new { status = "v-reseni" }, "k-1");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var id = await app.FilingIdAsync("A-5");
        Assert.Equal(1, await app.FilingsAsync(db => db.StatusChanges.CountAsync(c => c.FilingId == id)));
    }

    [Fact]
    public async Task A_document_is_stored_once_and_other_bytes_under_its_id_or_a_file_that_is_no_pdf_or_image_are_refused()
    {
        var records = await RecordsSystem.ConnectAsync(app);
        await records.CreateAsync("A-6", "OS-009006");
        using var first = await records.PutDocumentAsync("A-6", "dok-1", RecordsSystem.Pdf, "application/pdf", "Rozhodnutí č. 1.pdf");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("rozhodnuti-c-1.pdf", (await RecordsSystem.JsonAsync(first)).GetProperty("fileName").GetString());
        using var again = await records.PutDocumentAsync("A-6", "dok-1", RecordsSystem.Pdf, "application/pdf", "Rozhodnutí č. 1.pdf");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var other = await records.PutDocumentAsync("A-6", "dok-1", [.. RecordsSystem.Pdf, .. "x"u8.ToArray()], "application/pdf", "Rozhodnutí č. 1.pdf");
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        using var text = await records.PutDocumentAsync("A-6", "dok-2", "jen text"u8.ToArray(), "text/plain");
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.True((await RecordsSystem.JsonAsync(text)).GetProperty("errors").TryGetProperty("content", out _));
        using var lying = await records.PutDocumentAsync("A-6", "dok-3", RecordsSystem.Pdf, "image/png");
        Assert.True((await RecordsSystem.JsonAsync(lying)).GetProperty("errors").TryGetProperty("Content-Type", out _));
        using var noDirection = await records.PutDocumentAsync("A-6", "dok-4", RecordsSystem.Pdf, "application/pdf", direction: "nekdo");
        Assert.True((await RecordsSystem.JsonAsync(noDirection)).GetProperty("errors").TryGetProperty("smer", out _));

        var id = await app.FilingIdAsync("A-6");
        var document = Assert.Single(await app.FilingsAsync(db => db.Documents.AsNoTracking().Where(d => d.FilingId == id).ToListAsync()));
        Assert.Equal((DocumentDirection.FromOffice, RecordsSystem.Pdf.LongLength), (document.Direction, document.Size));
        Assert.Single(await app.EventsAsync("filings.document-added", id));
    }

    [Fact]
    public async Task The_list_pages_through_every_filing_with_a_cursor_and_refuses_a_bad_limit_or_cursor()
    {
        var records = await RecordsSystem.ConnectAsync(app);
        for (var i = 0; i < 5; i++)
        {
            await records.CreateAsync($"L-{i}", "OS-009007");
        }
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            using var response = await records.GetAsync("/api/v1/podani?limit=3" + (cursor is null ? "" : "&cursor=" + cursor));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await RecordsSystem.JsonAsync(response);
            var items = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
            Assert.InRange(items.Count, 1, 3);
            seen.AddRange(items);
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        // Other classes add filings on the shared app meanwhile: every one seen once, and this test's own among them.
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Subset(seen.ToHashSet(), Enumerable.Range(0, 5).Select(i => $"L-{i}").ToHashSet());

        using var badLimit = await records.GetAsync("/api/v1/podani?limit=0");
        Assert.True((await RecordsSystem.JsonAsync(badLimit)).GetProperty("errors").TryGetProperty("limit", out _));
        using var badCursor = await records.GetAsync("/api/v1/podani?cursor=%21%21");
        Assert.True((await RecordsSystem.JsonAsync(badCursor)).GetProperty("errors").TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task The_sample_site_has_filings_in_every_status_each_with_its_history_and_stable_reference()
    {
        var filings = await app.FilingsAsync(db => db.Filings.AsNoTracking().Include(f => f.History).Where(f => f.ExternalId.StartsWith("SSL-")).ToListAsync());
        Assert.Equal(Enum.GetValues<FilingStatus>().ToHashSet(), filings.Select(f => f.Status).ToHashSet());
        Assert.All(filings, f => Assert.Equal(f.Status, f.History.OrderBy(h => h.OccurredUtc).Last().Status));
        Assert.Equal("P-2026-4HX7Q", filings.Single(f => f.ExternalId == "SSL-2026-004101").Reference);
        Assert.Equal(["OS-000001", "OS-000002", "OS-000003"], filings.Select(f => f.PersonId).Distinct().Order());
        Assert.Equal(3, await app.FilingsAsync(db => db.Documents.CountAsync(d => d.ExternalId!.StartsWith("ukazka-"))));
    }

    [Fact]
    public async Task Without_a_token_the_API_answers_401_and_with_a_token_lacking_the_scope_403()
    {
        using var anonymous = await app.CreateApiClient().GetAsync("/api/v1/podani");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var other = await RecordsSystem.ConnectAsync(app, ApiClientsTesting.PortalHealth);
        using var forbidden = await other.PutFilingAsync("A-9", RecordsSystem.Filing());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(0, await app.FilingsAsync(db => db.Filings.CountAsync(f => f.ExternalId == "A-9")));
    }
}
