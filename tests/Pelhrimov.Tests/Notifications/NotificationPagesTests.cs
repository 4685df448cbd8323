using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Sending;

namespace Pelhrimov.Tests.Notifications;

/// <summary>The template editor (versions, Liquid errors, preview) and the citizen's inbox (own messages only).</summary>
public sealed class NotificationPagesTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    private const string Editor = "/admin/oznameni/sablony/receivable.due-soon";

    private static ReceivableDueSoonModel Receivable(string title) =>
        new(title, "1 500 Kč", "31. 3. 2027", "1337000123", "https://portal.example/muj-portal/platby");

    private static Dictionary<string, string?> Template(string action, string html) => new()
    {
        ["Subject"] = "Splatnost: {{ title }} – {{ due_date }}",
        ["HtmlBody"] = html,
        ["TextBody"] = "Dobrý den,\nčástka {{ amount }} je splatná {{ due_date }}.",
        ["akce"] = action,
    };

    [Fact]
    public async Task A_template_with_a_Liquid_error_is_not_saved_and_the_error_names_the_line_then_a_good_one_becomes_a_new_version()
    {
        var staff = await fixture.App.CreateStaffClientAsync();
        var list = await staff.GetHtmlAsync("/admin/oznameni/sablony");
        Assert.Contains("Blíží se splatnost platby", list.QuerySelector("table")!.TextContent);

        using var broken = await AntiforgeryForm.PostAsync(staff, Editor, Template("ulozit", "<p>Dobrý den,</p>\n<p>{% if amount %}{{ amount }}</p>"), "main form[method='post']");
        var page = await broken.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Contains("Text ve formátu HTML: chyba v zápisu šablony na řádku 2", page.QuerySelector("#HtmlBody-error")!.TextContent);
        Assert.Equal(1, await VersionsAsync("receivable.due-soon"));

        using var preview = await AntiforgeryForm.PostAsync(staff, Editor, Template("nahled", "<p>Zaplaťte {{ amount }} do {{ due_date }}.</p>"), "main form[method='post']");
        var previewPage = await preview.ReadHtmlAsync();
        Assert.Equal("Splatnost: Poplatek za komunální odpad 2027 – 31. 3. 2027", previewPage.QuerySelector(".template-preview__subject")!.TextContent);
        Assert.Contains("Zaplaťte 1 500 Kč do 31. 3. 2027.", previewPage.QuerySelector(".template-preview__html")!.GetAttribute("srcdoc"));
        Assert.Equal(1, await VersionsAsync("receivable.due-soon"));

        using var saved = await AntiforgeryForm.PostAsync(staff, Editor, Template("ulozit", "<p>Zaplaťte {{ amount }} do {{ due_date }}.</p>"), "main form[method='post']");
        Assert.Contains("je uložená jako verze 2", (await saved.ReadHtmlAsync()).Body!.TextContent);
        Assert.Equal(2, await VersionsAsync("receivable.due-soon"));
        var first = await staff.GetHtmlAsync(Editor + "/verze/1");
        Assert.Contains("připomínáme, že", first.QuerySelector("main")!.TextContent);   // the default stays as it was

        var to = $"platce-{Guid.NewGuid():N}@example.cz";
        var result = await fixture.SendAsync(new NotificationRequest("receivable.due-soon", NotificationRecipient.Address(to), Receivable("Poplatek ze psů"), NotificationChannels.Email));
        Assert.Equal(2, result.TemplateVersion);
        var mail = await fixture.Smtp.WaitForMessageAsync(to);
        Assert.Equal("Splatnost: Poplatek ze psů – 31. 3. 2027", mail.Subject);
        Assert.Equal(2, (await fixture.MessageAsync(Assert.Single(result.MessageIds))).TemplateVersion);
    }

    [Fact]
    public async Task A_citizen_reads_and_archives_their_messages_and_another_citizen_gets_404()
    {
        var (janId, janEmail) = await fixture.CitizenAsync("Jan", "Novák");
        var (_, marieEmail) = await fixture.CitizenAsync("Marie", "Svobodová");
        var result = await fixture.SendAsync(new NotificationRequest("receivable.due-soon", NotificationRecipient.Citizen(janId),
            Receivable("Poplatek za odpad"), NotificationChannels.Inbox));
        var id = Assert.Single(result.MessageIds);
        var jan = await fixture.SignInAsync(janEmail);
        var marie = await fixture.SignInAsync(marieEmail);

        var inbox = await jan.GetHtmlAsync("/muj-portal/oznameni");
        Assert.Contains("Poplatek za odpad", inbox.QuerySelector(".notification-list")!.TextContent);
        Assert.Contains("1", inbox.QuerySelector(".notifications-link")!.TextContent);
        Assert.Null((await marie.GetHtmlAsync("/muj-portal/oznameni")).QuerySelector(".notification-list"));

        using var foreign = await marie.GetAsync($"/muj-portal/oznameni/{id}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Null((await fixture.MessageAsync(id)).ReadUtc);

        var detail = await jan.GetHtmlAsync($"/muj-portal/oznameni/{id}");
        Assert.Contains("1 500 Kč", detail.QuerySelector(".notification-text")!.TextContent);
        Assert.NotNull((await fixture.MessageAsync(id)).ReadUtc);
        Assert.Equal("Oznámení", (await jan.GetHtmlAsync("/muj-portal/oznameni")).QuerySelector(".notifications-link")!.TextContent.Trim());

        var marieToken = (await AntiforgeryForm.LoadAsync(marie, "/muj-portal/oznameni", "form[action='/odhlaseni']")).Token;
        using var foreignArchive = await marie.PostAsync($"/muj-portal/oznameni/{id}/archivovat",
            new FormUrlEncodedContent([new(AntiforgeryForm.TokenField, marieToken!)]));
        Assert.Equal(HttpStatusCode.NotFound, foreignArchive.StatusCode);
        Assert.Null((await fixture.MessageAsync(id)).ArchivedUtc);
        using var archived = await AntiforgeryForm.PostAsync(jan, $"/muj-portal/oznameni/{id}", new Dictionary<string, string?>(), $"form[action='/muj-portal/oznameni/{id}/archivovat']");
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.NotNull((await fixture.MessageAsync(id)).ArchivedUtc);
        Assert.Contains("Poplatek za odpad", (await jan.GetHtmlAsync("/muj-portal/oznameni/archiv")).QuerySelector(".notification-list")!.TextContent);
        Assert.Null((await jan.GetHtmlAsync("/muj-portal/oznameni")).QuerySelector(".notification-list"));
    }

    private Task<int> VersionsAsync(string key) =>
        fixture.App.InScopeAsync(sp => sp.GetRequiredService<NotificationsDbContext>().TemplateVersions.CountAsync(v => v.Key == key));
}
