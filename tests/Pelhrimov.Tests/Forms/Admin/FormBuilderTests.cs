using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Security;
using Pelhrimov.Forms.Builder;
using Pelhrimov.Forms.Controllers.Admin;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Definitions;
using static Pelhrimov.Tests.Forms.Admin.FormBuilderTesting;

namespace Pelhrimov.Tests.Forms.Admin;

/// <summary>
/// The visual builder over HTTP with antiforgery: every kind of field added, settings edited, items moved and deleted,
/// a condition and a repeatable section; each change stored in the draft through the definition reader, an invalid
/// or stale one refused in Czech with nothing stored, the live version untouched, editors only.
/// </summary>
public sealed class FormBuilderTests(SharedPortalApp app)
{
    [Fact]
    public async Task A_new_form_is_made_without_code_from_its_title_and_bad_input_or_a_taken_address_stores_nothing()
    {
        var editor = await app.EditorAsync();
        var title = "Žádost o pronájem sálu " + Guid.NewGuid().ToString("N")[..6];
        var slug = Pelhrimov.Core.Formatting.Slug.FromTitle(title);

        using var empty = await AntiforgeryForm.PostAsync(editor, NewFormController.Path,
            new Dictionary<string, string?> { ["Novy.Title"] = " ", ["Novy.Slug"] = "Sál č. 1", ["Novy.Access"] = "kdokoli" }, "form[action='/admin/formulare/novy']");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var refused = await empty.ReadHtmlAsync();
        Assert.Equal(3, refused.QuerySelectorAll(".error-summary li").Length);
        Assert.StartsWith("Zadejte název formuláře", refused.QuerySelector("#Novy_Title-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Sál č. 1", refused.QuerySelector("#Novy_Slug")!.GetAttribute("value"));

        using var created = await AntiforgeryForm.PostAsync(editor, NewFormController.Path,
            new Dictionary<string, string?> { ["Novy.Title"] = title, ["Novy.Access"] = "identified" }, "form[action='/admin/formulare/novy']");
        Assert.Equal($"/admin/formulare/{slug}/sestavit", created.RequestMessage!.RequestUri!.AbsolutePath);
        var draft = await app.DraftAsync(slug);
        Assert.Equal(title, draft.Title);
        Assert.Equal(AccessKind.Identified, draft.Access.Kind);
        Assert.Equal(PrefillSource.IdentityName, draft.Steps[0].Sections[0].Fields[0].Prefill);
        Assert.NotNull(draft.Declaration);

        using var taken = await AntiforgeryForm.PostAsync(editor, NewFormController.Path,
            new Dictionary<string, string?> { ["Novy.Title"] = "Jiný název", ["Novy.Slug"] = slug, ["Novy.Access"] = "anyone" }, "form[action='/admin/formulare/novy']");
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("už existuje", (await taken.ReadHtmlAsync()).QuerySelector("#Novy_Slug-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<FormsDbContext>().Forms.CountAsync(f => f.Slug == slug)));
    }

    [Fact]
    public async Task Every_kind_of_field_is_added_to_a_section_selected_and_focused_and_stored_in_the_draft()
    {
        var editor = await app.EditorAsync();
        var slug = await app.DraftFormAsync("druhy-poli");

        foreach (var (type, name) in BuilderTexts.FieldTypes)
        {
            using var added = await PostAsync(editor, slug, "zadatel", "/zadatel/pridat-pole",
                new() { ["pole.Label"] = "Pole " + name, ["pole.Type"] = ItemSettingsInput.TypeName(type) });
            var page = await added.ReadHtmlAsync();
            Assert.True(added.StatusCode == HttpStatusCode.OK, Errors(page));
            var id = BuilderIds.Stem("Pole " + name);
            Assert.Equal($"/admin/formulare/{slug}/sestavit", added.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.NotNull(page.QuerySelector($"a#fb_item-{id}[autofocus][aria-current='true']"));
            Assert.Contains(name, page.QuerySelector("h2#fb_upravy")!.TextContent + page.QuerySelector("select#b_Type option[selected]")!.TextContent, StringComparison.Ordinal);
        }

        var fields = (await app.DraftAsync(slug)).Steps[0].Sections[0].Fields;
        Assert.Equal(["jmeno", "poznamka", .. BuilderTexts.FieldTypes.Select(t => BuilderIds.Stem("Pole " + t.Name))], fields.Select(f => f.Id));
        Assert.Equal(BuilderTexts.FieldTypes.Select(t => t.Type), fields.Skip(2).Select(f => f.Type));
        Assert.Equal(["moznost-1", "moznost-2"], fields.Single(f => f.Type == FieldType.Choice).Choices.Select(c => c.Value));
    }

    [Fact]
    public async Task Editing_a_fields_settings_stores_them_and_the_live_preview_renders_them_with_the_citizen_partials()
    {
        var editor = await app.EditorAsync();
        var slug = await app.DraftFormAsync("upravy");

        using var edited = await PostAsync(editor, slug, "jmeno", "/jmeno/upravit", new()
        {
            ["b.Label"] = "Celé jméno",
            ["b.Hint"] = "Jak je uvedeno v občanském průkazu.",
            ["b.Required"] = null,
            ["b.ErrorRequired"] = "Zadejte celé jméno.",
            ["b.MaxLength"] = "120",
            ["b.Prefill"] = "identity.name",
        });
        var page = await edited.ReadHtmlAsync();

        Assert.True(edited.StatusCode == HttpStatusCode.OK, Errors(page));
        var field = (await app.DraftAsync(slug)).Steps[0].Sections[0].Fields[0];
        Assert.Equal(("Celé jméno", "Jak je uvedeno v občanském průkazu.", false, "Zadejte celé jméno.", (int?)120, (PrefillSource?)PrefillSource.IdentityName),
            (field.Label, field.Hint, field.Required, field.Errors.Required, field.MaxLength, field.Prefill));
        var preview = page.QuerySelector("#fb_preview")!;
        Assert.Equal("Celé jméno (nepovinné)", preview.QuerySelector("label[for='jmeno']")!.TextContent);
        Assert.Equal("Jak je uvedeno v občanském průkazu.", preview.QuerySelector("#jmeno-hint")!.TextContent);
        Assert.NotNull(preview.QuerySelector("fieldset[disabled] input#jmeno[autocomplete='name']"));

        // A number field's limits in Czech notation, a choice's options one per line.
        await PostAsync(editor, slug, "zadatel", "/zadatel/pridat-pole", new() { ["pole.Label"] = "Počet psů", ["pole.Type"] = "number" });
        using var limits = await PostAsync(editor, slug, "pocet-psu", "/pocet-psu/upravit", new() { ["b.Min"] = "1 000", ["b.Max"] = "2 000,5", ["b.Decimals"] = "1" });
        await PostAsync(editor, slug, "zadatel", "/zadatel/pridat-pole", new() { ["pole.Label"] = "Pohlaví psa", ["pole.Type"] = "choice" });
        using var choices = await PostAsync(editor, slug, "pohlavi-psa", "/pohlavi-psa/upravit", new() { ["b.Choices"] = "Pes\nFena | samice" });
        var fields = (await app.DraftAsync(slug)).Steps[0].Sections[0].Fields;
        Assert.Equal((1000m, 2000.5m, 1), (fields[2].Min!.Value, fields[2].Max!.Value, fields[2].Decimals!.Value));
        Assert.Equal([("pes", "Pes"), ("samice", "Fena")], fields[3].Choices.Select(c => (c.Value, c.Label)));
        Assert.Equal("Fena", (await choices.ReadHtmlAsync()).QuerySelector("#fb_preview label[for='pohlavi-psa-2']")!.TextContent);

        // The script's preview of unsaved settings stores nothing.
        var before = await app.DraftJsonAsync(slug);
        using var unsaved = await PreviewAsync(editor, slug, "jmeno", "Neuložený popisek");
        Assert.Equal(HttpStatusCode.OK, unsaved.StatusCode);
        Assert.Contains("Neuložený popisek", await unsaved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.DraftJsonAsync(slug));
    }

    private static async Task<HttpResponseMessage> PreviewAsync(HttpClient editor, string slug, string id, string label)
    {
        var form = await AntiforgeryForm.LoadAsync(editor, Builder(slug, id), $"form[action='/admin/formulare/{slug}/sestavit/{id}/upravit']");
        var fields = form.Fields.Where(f => f.Key != "b.Label").Append(new("b.Label", label));
        return await editor.PostAsync($"/admin/formulare/{slug}/sestavit/{id}/nahled", new FormUrlEncodedContent(fields));
    }
}
