using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Security;
using Pelhrimov.Tests.Content;

namespace Pelhrimov.Tests.Identity;

/// <summary>What the default roles let staff do: a clerk writes drafts, an editor publishes, only administrators manage users.</summary>
public sealed class PermissionTests(SharedPortalApp app)
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
    public async Task A_clerk_cannot_schedule_publishing_of_a_new_article()
    {
        var clerk = await app.CreateStaffAsync(StaffRoles.Clerk);
        var client = await app.CreateStaffClientAsync(clerk.Email, clerk.Password);
        var values = ContentEditing.Article("Naplánováno úředníkem", "naplanovano-urednikem");
        values["Input.PublishAt"] = FutureLocal();

        using var response = await ContentEditing.CreateArticleAsync(client, values, publish: false);

        Assert.Contains(Pelhrimov.Content.Services.ContentService.NotAllowedToSchedule, await response.ErrorsOnAsync());
        Assert.False(await app.ContentDbAsync(db => db.Versions.AnyAsync(v => v.Slug == "naplanovano-urednikem")));
    }

    [Fact]
    public async Task A_clerk_cannot_schedule_a_new_version_of_a_live_page()
    {
        var clerk = await app.CreateStaffAsync(StaffRoles.Clerk);
        var client = await app.CreateStaffClientAsync(clerk.Email, clerk.Password);
        var id = await app.ContentDbAsync(db => db.Versions.Where(v => v.Slug == "o-meste" && v.IsPublished).Select(v => v.ItemId).SingleAsync());
        var versionsBefore = await app.ContentDbAsync(db => db.Versions.CountAsync(v => v.ItemId == id));

        using var response = await AntiforgeryForm.PostAsync(client, $"/admin/obsah/{id}", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Přepsáno úředníkem",
            ["Input.UnpublishAt"] = FutureLocal(days: 2),
            ["Input.PublishAt"] = FutureLocal(),
            ["akce"] = "ulozit",
        }, "form.editor");

        Assert.Contains(Pelhrimov.Content.Services.ContentService.NotAllowedToSchedule, await response.ErrorsOnAsync());
        Assert.Equal(versionsBefore, await app.ContentDbAsync(db => db.Versions.CountAsync(v => v.ItemId == id)));
        Assert.False(await app.ContentDbAsync(db => db.Versions.AnyAsync(v => v.ItemId == id && (v.ScheduledPublishUtc != null || v.ScheduledUnpublishUtc != null))));
    }

    [Fact]
    public async Task A_clerk_is_not_offered_the_schedule_fields_but_an_editor_is()
    {
        var clerk = await app.CreateStaffAsync(StaffRoles.Clerk);
        var editor = await app.CreateStaffAsync(StaffRoles.Editor);

        var clerkForm = await (await app.CreateStaffClientAsync(clerk.Email, clerk.Password)).GetHtmlAsync("/admin/obsah/novy/Article");
        var editorForm = await (await app.CreateStaffClientAsync(editor.Email, editor.Password)).GetHtmlAsync("/admin/obsah/novy/Article");

        Assert.Null(clerkForm.QuerySelector("[name='Input.PublishAt'], [name='Input.UnpublishAt']"));
        Assert.NotNull(editorForm.QuerySelector("[name='Input.PublishAt']"));
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

    private static string FutureLocal(int days = 1) =>
        Pelhrimov.Core.Formatting.CzechFormat.ToLocal(DateTime.UtcNow.AddDays(days)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

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
