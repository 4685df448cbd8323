using System.Net;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Security;
using Pelhrimov.Tests.Content;

namespace Pelhrimov.Tests.Identity;

/// <summary>What the default roles let staff do: a clerk writes drafts, an editor publishes, only administrators manage users.</summary>
public sealed class PermissionTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task A_clerk_can_save_a_draft_but_publishing_it_answers_403()
    {
        var clerk = await app.CreateStaffAsync(StaffRoles.Clerk);
        var client = await app.CreateStaffClientAsync(clerk.Email, clerk.Password);
        using var draft = await ContentEditing.CreateArticleAsync(client, ContentEditing.Article("Úřední koncept", "uredni-koncept"), publish: false);
        var id = ContentEditing.ItemIdOf(draft);

        using var response = await AntiforgeryForm.PostAsync(client, $"/admin/obsah/{id}",
            new Dictionary<string, string?> { ["akce"] = "zverejnit" }, "form.editor");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await app.CreateClient().StatusOfAsync("/aktuality/uredni-koncept"));
        Assert.False(await app.ContentDbAsync(db => db.Versions.AnyAsync(v => v.ItemId == id && v.IsPublished)));
    }

    [Fact]
    public async Task A_clerk_gets_403_from_the_user_administration()
    {
        var clerk = await app.CreateStaffAsync(StaffRoles.Clerk);
        var client = await app.CreateStaffClientAsync(clerk.Email, clerk.Password);

        using var response = await client.GetAsync("/admin/uzivatele");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Přístup odepřen", (await response.ReadHtmlAsync()).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_editor_can_publish()
    {
        var editor = await app.CreateStaffAsync(StaffRoles.Editor);
        var client = await app.CreateStaffClientAsync(editor.Email, editor.Password);

        using var response = await ContentEditing.CreateArticleAsync(client, ContentEditing.Article("Redakční zpráva", "redakcni-zprava"), publish: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await app.CreateClient().StatusOfAsync("/aktuality/redakcni-zprava"));
    }
}
