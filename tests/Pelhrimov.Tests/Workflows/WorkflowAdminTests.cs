using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Workflows.Data;

namespace Pelhrimov.Tests.Workflows;

/// <summary>The admin over HTTP: the list with the sample workflows, the form editor, versions, enabling, the try-run, runs.</summary>
public sealed class WorkflowAdminTests(SharedPortalApp app)
{
    private const string Form = "main form[action='/admin/workflows/novy']";

    [Fact]
    public async Task An_editor_builds_a_workflow_in_the_form_tries_it_edits_it_into_a_new_version_and_switches_it_on()
    {
        var staff = await app.CreateStaffClientAsync();
        var list = await (await staff.GetAsync("/admin/workflows")).ReadHtmlAsync();
        Assert.Contains("Změna stavu podání: e-mail a schránka občanovi", list.QuerySelector("table")!.TextContent);

        using var invalid = await AntiforgeryForm.PostAsync(staff, "/admin/workflows/novy",
            new Dictionary<string, string?> { ["Name"] = "", ["Trigger"] = "filings.status-changed", ["command"] = "save" }, Form);
        var errors = (await invalid.ReadHtmlAsync()).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Vyplňte název pracovního postupu.", errors);
        Assert.Contains("Přidejte alespoň jednu akci.", errors);

        using var added = await AntiforgeryForm.PostAsync(staff, "/admin/workflows/novy",
            new Dictionary<string, string?> { ["Name"] = "Vyřízená podání", ["Trigger"] = "filings.status-changed", ["command"] = "add-step", ["newAction"] = "notify" }, Form);
        var withStep = await added.ReadHtmlAsync();
        Assert.Contains("Akce 1: Poslat oznámení podle šablony", withStep.QuerySelector("main")!.TextContent);
        Assert.NotNull(withStep.QuerySelector("select[name='Steps[0].Parameters[recipient]']"));

        var name = "Vyřízená podání " + Guid.NewGuid().ToString("N")[..6];
        using var saved = await PostSaveAsync(staff, "/admin/workflows/novy", Form, name, "vyrizeno");
        var editor = saved.RequestMessage!.RequestUri!.AbsolutePath;      // followed the redirect to the editor
        Assert.Contains("Pracovní postup je uložený", (await saved.ReadHtmlAsync()).Body!.TextContent);
        var id = Guid.Parse(editor.Split('/').Last());
        Assert.False(await EnabledAsync(id));

        using var tried = await AntiforgeryForm.PostAsync(staff, editor, new Dictionary<string, string?>(), $"main form[action='{editor}/vyzkouset']");
        var trial = (await tried.ReadHtmlAsync()).QuerySelector("#zkouska")!.ParentElement!.TextContent;
        Assert.Contains("Zkouška (nic se neodeslalo ani nezměnilo)", trial);
        Assert.Contains("neplatí", trial);                         // the sample's new status is v-reseni
        Assert.Contains("Poslalo by se oznámení „Změna stavu podání“", trial);

        using var edited = await PostSaveAsync(staff, editor, $"main form[action='{editor}']", name, "v-reseni");
        Assert.Contains("Uloženo jako nová verze", (await edited.ReadHtmlAsync()).Body!.TextContent);
        var versions = await app.InScopeAsync(s => s.GetRequiredService<WorkflowsDbContext>().Versions.AsNoTracking()
            .Where(v => v.WorkflowId == id).OrderBy(v => v.Number).Select(v => v.Conditions).ToListAsync());
        Assert.Equal(2, versions.Count);
        Assert.Contains("vyrizeno", versions[0]);                  // version 1 is as it was saved
        var first = await (await staff.GetAsync($"{editor}/verze/1")).ReadHtmlAsync();
        Assert.Contains("vyrizeno", first.QuerySelector("main")!.TextContent);

        using var on = await AntiforgeryForm.PostAsync(staff, editor, new Dictionary<string, string?>(), $"main form[action='{editor}/zapnout']");
        Assert.True(await EnabledAsync(id));
        using var runs = await staff.GetAsync($"/admin/workflows/behy?postup={id}");
        Assert.Equal(HttpStatusCode.OK, runs.StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_anonymous_visitors_are_sent_to_sign_in()
    {
        var staff = await app.CreateStaffClientAsync();
        using var forged = await staff.PostAsync("/admin/workflows/novy", new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "X", ["command"] = "save" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var anonymous = await app.CreateClient(allowAutoRedirect: false).GetAsync("/admin/workflows");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    private static Task<HttpResponseMessage> PostSaveAsync(HttpClient staff, string page, string form, string name, string status) =>
        AntiforgeryForm.PostAsync(staff, page, new Dictionary<string, string?>
        {
            ["Name"] = name, ["Trigger"] = "filings.status-changed", ["command"] = "save",
            ["Conditions[0].Field"] = "newStatus", ["Conditions[0].Operator"] = "eq", ["Conditions[0].Value"] = status,
            ["Steps[0].Action"] = "notify", ["Steps[0].Parameters[recipient]"] = "citizen", ["Steps[0].Parameters[channels]"] = "email,inbox",
        }, form);

    private Task<bool> EnabledAsync(Guid id) =>
        app.InScopeAsync(s => s.GetRequiredService<WorkflowsDbContext>().Workflows.Where(w => w.Id == id).Select(w => w.Enabled).SingleAsync());
}
