using AngleSharp.Dom;
using Pelhrimov.Core.Security;
using Pelhrimov.Tests.Identity;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Tests.Forms.Admin;

/// <summary>Shortcuts of the builder's tests: its address, a post of one of its forms, the draft as stored.</summary>
internal static class FormBuilderTesting
{
    public static string Builder(string slug, string? select = null) =>
        $"/admin/formulare/{slug}/sestavit" + (select is null ? "" : "?vyber=" + select);

    /// <summary>Posts the builder page's form whose action ends with <paramref name="action"/> (e.g. <c>/zadatel/pridat-pole</c>).</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient editor, string slug, string? select, string action, Dictionary<string, string?> values) =>
        AntiforgeryForm.PostAsync(editor, Builder(slug, select), values, $"form[action='/admin/formulare/{slug}/sestavit{action}']");

    public static async Task<FormDefinition> DraftAsync(this PortalApp app, string slug) =>
        FormDefinitionReader.Read(await app.DraftJsonAsync(slug)).Form!;

    public static async Task<string> DraftJsonAsync(this PortalApp app, string slug)
    {
        var form = await app.FormAsync(slug);
        return (await app.VersionsAsync(form.Id)).Single(v => v.Id == form.DraftVersionId).DefinitionJson;
    }

    public static async Task<HttpClient> EditorAsync(this PortalApp app)
    {
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        return await app.CreateStaffClientAsync(member.Email, member.Password);
    }

    /// <summary>A new draft form with the step <c>udaje</c>, section <c>zadatel</c>, fields <c>jmeno</c> and <c>poznamka</c>.</summary>
    public static async Task<string> DraftFormAsync(this PortalApp app, string stem)
    {
        var slug = FormsTesting.NewSlug(stem);
        Assert.True((await app.CatalogAsync(c => c.CreateAsync(FormsTesting.Definition(slug), "redaktor@test.cz"))).Succeeded);
        return slug;
    }

    public static string Errors(IDocument page) =>
        string.Join(" | ", page.QuerySelectorAll(".error-summary li, .field-error").Select(e => e.TextContent.Trim()));
}
