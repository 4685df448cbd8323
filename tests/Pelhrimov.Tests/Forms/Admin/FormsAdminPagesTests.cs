using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Security;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Domain;
using Pelhrimov.Forms.Filling;
using Pelhrimov.Forms.Services;
using Pelhrimov.Tests.Citizens;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Forms.Admin;

/// <summary>
/// The admin of forms over HTTP: <c>/admin/formulare</c> for editors (create, draft with its problems, publish, export,
/// import) and the submissions for clerks (list, detail by its version with escaped answers, CSV, JSON, attachments).
/// </summary>
public sealed class FormsAdminPagesTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task Only_editors_manage_forms_and_only_clerks_read_submissions_and_anonymous_visitors_sign_in_first()
    {
        var slug = FormsTesting.NewSlug("opravneni");
        await app.PublishedFormAsync(slug);
        var editor = await ClientAsync(StaffRoles.Editor);
        var clerk = await ClientAsync(StaffRoles.Clerk);
        var anonymous = app.CreateClient(allowAutoRedirect: false);

        using var signIn = await anonymous.GetAsync("/admin/formulare");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/admin/prihlaseni", signIn.Headers.Location!.OriginalString.Replace(app.BaseAddress.ToString().TrimEnd('/'), ""), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/formulare")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/admin/formulare/{slug}/podani")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/admin/formulare")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/admin/formulare/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/admin/formulare/{slug}/podani")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/admin/formulare/neexistuje-zadny")).StatusCode);

        var menu = await clerk.GetHtmlAsync("/admin/podani-z-formularu");
        Assert.Contains(menu.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/admin/podani-z-formularu");
        Assert.DoesNotContain(menu.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/admin/formulare");
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_publishes_nothing()
    {
        var slug = FormsTesting.NewSlug("token");
        Assert.True((await app.CatalogAsync(c => c.CreateAsync(FormsTesting.Definition(slug), "redaktor@test.cz"))).Succeeded);
        var editor = await ClientAsync(StaffRoles.Editor);

        using var response = await editor.PostAsync($"/admin/formulare/{slug}/zverejnit", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(FormState.Draft, (await app.FormAsync(slug)).State);
    }

    [Fact]
    public async Task An_invalid_definition_is_shown_with_its_problems_and_nothing_is_saved()
    {
        var editor = await ClientAsync(StaffRoles.Editor);
        var count = await FormCountAsync();

        using var created = await AntiforgeryForm.PostAsync(editor, "/admin/formulare/novy/json",
            new Dictionary<string, string?> { ["Input.Json"] = """{ "slug": "Špatná adresa", "title": "", "steps": [] }""" }, "form.form-definition");
        var page = await created.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Input_Json']"));
        Assert.Contains(page.QuerySelectorAll("#Input_Json-error li"), li => li.TextContent.StartsWith("$.", StringComparison.Ordinal));
        Assert.Equal("true", page.QuerySelector("#Input_Json")!.GetAttribute("aria-invalid"));
        Assert.Contains("Špatná adresa", page.QuerySelector("#Input_Json")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(count, await FormCountAsync());

        var slug = FormsTesting.NewSlug("koncept");
        Assert.True((await app.CatalogAsync(c => c.CreateAsync(FormsTesting.Definition(slug), "redaktor@test.cz"))).Succeeded);
        var before = (await app.VersionsAsync((await app.FormAsync(slug)).Id))[0].DefinitionJson;
        using var saved = await AntiforgeryForm.PostAsync(editor, $"/admin/formulare/{slug}",
            new Dictionary<string, string?> { ["Input.Json"] = "{ nejde o JSON" }, "form.form-definition");
        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.NotNull((await saved.ReadHtmlAsync()).QuerySelector(".error-summary"));
        Assert.Equal(before, (await app.VersionsAsync((await app.FormAsync(slug)).Id))[0].DefinitionJson);
    }

    [Fact]
    public async Task An_editor_creates_publishes_exports_and_imports_a_form_and_the_files_round_trip_unchanged()
    {
        var editor = await ClientAsync(StaffRoles.Editor);
        var slug = FormsTesting.NewSlug("cesta");
        var json = FormsTesting.Definition(slug, title: "Formulář z administrace");

        using var created = await AntiforgeryForm.PostAsync(editor, "/admin/formulare/novy/json", new Dictionary<string, string?> { ["Input.Json"] = json }, "form.form-definition");
        Assert.Equal($"/admin/formulare/{slug}", created.RequestMessage!.RequestUri!.AbsolutePath);
        using var published = await AntiforgeryForm.PostAsync(editor, $"/admin/formulare/{slug}", new Dictionary<string, string?>(), $"form[action='/admin/formulare/{slug}/zverejnit']");
        Assert.Equal(FormState.Live, (await app.FormAsync(slug)).State);
        Assert.Contains("Zveřejněný", (await published.ReadHtmlAsync()).QuerySelector(".summary-list")!.TextContent, StringComparison.Ordinal);

        using var exported = await AntiforgeryForm.PostAsync(editor, $"/admin/formulare/{slug}", new Dictionary<string, string?>(), $"form[action='/admin/formulare/{slug}/verze/1/export']");
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Equal($"{slug}-v1.json", exported.Content.Headers.ContentDisposition!.FileName);
        var file = await exported.Content.ReadAsStringAsync();
        Assert.Equal(json, file);

        var changed = file.Replace("Formulář z administrace", "Formulář z jiného města", StringComparison.Ordinal);
        using var imported = await AntiforgeryForm.PostAsync(editor, "/admin/formulare/import", new Dictionary<string, string?>(), "form[action='/admin/formulare/import']",
            [new FormFile("soubor", $"{slug}.json", Encoding.UTF8.GetBytes(changed), "application/json")]);
        Assert.Equal($"/admin/formulare/{slug}", imported.RequestMessage!.RequestUri!.AbsolutePath);
        var versions = await app.VersionsAsync((await app.FormAsync(slug)).Id);
        Assert.Equal([(1, json), (2, changed)], versions.Select(v => (v.Number, v.DefinitionJson)));

        using var second = await AntiforgeryForm.PostAsync(editor, $"/admin/formulare/{slug}", new Dictionary<string, string?>(), $"form[action='/admin/formulare/{slug}/verze/2/export']");
        Assert.Equal(changed, await second.Content.ReadAsStringAsync());
        Assert.Contains(await EidSignIn.AuditAsync(app, FormAuditActions.Imported), e => e.EntityId == slug);
        Assert.Contains(await EidSignIn.AuditAsync(app, FormAuditActions.Published), e => e.EntityId == slug);

        using var broken = await AntiforgeryForm.PostAsync(editor, "/admin/formulare/import", new Dictionary<string, string?>(), "form[action='/admin/formulare/import']",
            [new FormFile("soubor", "spatny.json", Encoding.UTF8.GetBytes("""{"slug":"x"}"""), "application/json")]);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.NotNull((await broken.ReadHtmlAsync()).QuerySelector(".error-summary a[href='#soubor']"));
    }

    [Fact]
    public async Task Clerks_read_a_submission_by_its_own_version_escaped_and_export_all_of_them_as_CSV_and_JSON()
    {
        var slug = FormsTesting.NewSlug("podani");
        var form = await app.PublishedFormAsync(slug, label: "Jméno v první verzi");
        var submission = await app.SubmissionAsync(form, """{"fields":{"jmeno":{"text":"<script>alert(1)</script> Jana; \"Dvořáková\""},"poznamka":{"text":"=SUM(A1)"}}}""");
        var attachment = await AttachAsync(submission, "sken.pdf", "%PDF-1.7 zkouška"u8.ToArray());
        Assert.True((await app.CatalogAsync(c => c.StartDraftAsync(slug, "redaktor@test.cz"))).Succeeded);
        Assert.True((await app.CatalogAsync(c => c.SaveDraftAsync(slug, FormsTesting.Definition(slug, label: "Jméno ve druhé verzi"), "redaktor@test.cz"))).Succeeded);
        Assert.True((await app.CatalogAsync(c => c.PublishAsync(slug, "redaktor@test.cz"))).Succeeded);
        var clerk = await ClientAsync(StaffRoles.Clerk);

        var list = await clerk.GetHtmlAsync($"/admin/formulare/{slug}/podani");
        Assert.NotNull(list.QuerySelector($"table.form-submissions a[href='/admin/formulare/{slug}/podani/{submission.Reference}']"));

        using var detailResponse = await clerk.GetAsync($"/admin/formulare/{slug}/podani/{submission.Reference}");
        var raw = await detailResponse.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", raw, StringComparison.Ordinal);
        var detail = await clerk.GetHtmlAsync($"/admin/formulare/{slug}/podani/{submission.Reference}");
        var answers = detail.QuerySelector("dl.answers")!;
        Assert.Contains("Jméno v první verzi", answers.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Jméno ve druhé verzi", answers.TextContent, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script> Jana", answers.TextContent, StringComparison.Ordinal);
        Assert.Contains("verze 1", detail.QuerySelector(".summary-list")!.TextContent, StringComparison.Ordinal);

        using var csv = await clerk.GetAsync($"/admin/formulare/{slug}/podani.csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Číslo podání;Podáno;Verze formuláře;Podal;E-mail;SHA-256;Jméno ve druhé verzi;Poznámka", lines[0]);
        Assert.StartsWith($"{submission.Reference};", lines[1], StringComparison.Ordinal);
        Assert.Contains(";1;Jana Dvořáková;jana@example.cz;", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(";\"<script>alert(1)</script> Jana; \"\"Dvořáková\"\"\";'=SUM(A1)", lines[1], StringComparison.Ordinal);

        using var json = await clerk.GetAsync($"/admin/formulare/{slug}/podani.json");
        using var document = JsonDocument.Parse(await json.Content.ReadAsStreamAsync());
        var item = Assert.Single(document.RootElement.EnumerateArray().ToList());
        Assert.Equal((submission.Reference, 1, submission.Sha256), (item.GetProperty("reference").GetString(), item.GetProperty("formVersion").GetInt32(), item.GetProperty("sha256").GetString()));
        Assert.Equal("=SUM(A1)", item.GetProperty("answers").GetProperty("fields").GetProperty("poznamka").GetProperty("text").GetString());

        var link = detail.QuerySelector($"a[href='/admin/formulare/{slug}/podani/{submission.Reference}/prilohy/{attachment}']");
        Assert.NotNull(link);
        using var download = await clerk.GetAsync(link!.GetAttribute("href"));
        Assert.Equal("%PDF-1.7 zkouška"u8.ToArray(), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await ClientAsync(StaffRoles.Editor)).GetAsync(link.GetAttribute("href"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/admin/formulare/{slug}/podani/{submission.Reference}/prilohy/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/admin/formulare/{slug}/podani/P-2026-ZZZZZ")).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_shows_submissions_per_form_with_a_table_and_CSV_and_the_sample_forms_are_published()
    {
        var slug = FormsTesting.NewSlug("prehled");
        var form = await app.PublishedFormAsync(slug);
        await app.SubmissionAsync(form, """{"fields":{"jmeno":{"text":"Jana"}}}""");
        await app.SubmissionAsync(form, """{"fields":{"jmeno":{"text":"Petr"}}}""");
        var clerk = await ClientAsync(StaffRoles.Clerk);

        var home = await clerk.GetHtmlAsync("/admin");
        var section = home.QuerySelector("section[aria-labelledby='statistiky-formularu']")!;
        Assert.NotNull(section.QuerySelector("svg"));
        var row = section.QuerySelectorAll("table.forms-weekly tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Zkušební formulář" && r.TextContent.Contains('2'));
        Assert.Equal("2", row.QuerySelectorAll("td")[^1].TextContent);
        var csv = Encoding.UTF8.GetString(await clerk.GetByteArrayAsync("/admin/podani-z-formularu/po-tydnech.csv"));
        Assert.Contains("Zkušební formulář;", csv, StringComparison.Ordinal);

        // The sample recipe's step Forms published every file of App_Data.sample/forms.
        var samples = Directory.GetFiles(Path.Combine(app.Services.GetRequiredService<DataFolder>().SamplePath, "forms"), "*.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("slug").GetString()).ToList();
        Assert.NotEmpty(samples);
        var states = await app.InScopeAsync(sp => sp.GetRequiredService<FormsDbContext>().Forms.AsNoTracking()
            .Where(f => samples.Contains(f.Slug)).Select(f => f.State).ToListAsync());
        Assert.Equal(samples.Count, states.Count);
        Assert.All(states, s => Assert.Equal(FormState.Live, s));
    }

    private async Task<HttpClient> ClientAsync(string role)
    {
        var member = await app.CreateStaffAsync(role);
        return await app.CreateStaffClientAsync(member.Email, member.Password);
    }

    private Task<int> FormCountAsync() => app.InScopeAsync(sp => sp.GetRequiredService<FormsDbContext>().Forms.CountAsync());

    private Task<Guid> AttachAsync(FormSubmission submission, string name, byte[] content) =>
        app.InScopeAsync(async sp =>
        {
            var attachment = new FormAttachment
            {
                Id = Guid.NewGuid(),
                SubmissionId = submission.Id,
                InputName = "sken",
                FileName = name,
                ContentType = "application/pdf",
                Size = content.Length,
                Sha256 = FormCatalog.Sha256(Encoding.UTF8.GetString(content)),
                CreatedUtc = DateTime.UtcNow,
            };
            await sp.GetRequiredService<FormAttachmentStore>().WriteAsync(attachment.Id, new MemoryStream(content.ToArray()), default);
            var db = sp.GetRequiredService<FormsDbContext>();
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync();
            return attachment.Id;
        });
}
