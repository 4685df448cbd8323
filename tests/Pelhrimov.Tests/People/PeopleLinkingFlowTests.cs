using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Security;
using Pelhrimov.People.Data;
using Pelhrimov.People.Domain;
using Pelhrimov.Tests.Citizens;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.People;

/// <summary>
/// Linking as it happens: a citizen signs in with eID through the NIA simulator, the portal links the account to the sample
/// register's person (or queues it for a clerk), the clerk resolves the queue and unlinks in the admin.
/// </summary>
public sealed class PeopleLinkingFlowTests(PortalApp app) : IClassFixture<PortalApp>
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    private Task<IReadOnlyList<string>> LinksAsync(Guid accountId) =>
        app.InScopeAsync(s => s.GetRequiredService<IPersonLinks>().PersonIdsOfAsync(accountId, CancellationToken.None));

    private Task<LinkReview?> ReviewAsync(Guid accountId) =>
        app.InScopeAsync(s => s.GetRequiredService<PeopleDbContext>().Reviews.AsNoTracking().FirstOrDefaultAsync(r => r.AccountId == accountId));

    /// <summary>Waits until <paramref name="done"/> holds: the event handlers run after the sign-in's commit.</summary>
    private static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Within;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting: " + what);
            await Task.Delay(25);
        }
    }

    private async Task<Guid> SignInAsync(string persona, string givenName, string familyName)
    {
        await EidSignIn.SignInAsync(app.CreateClient(allowAutoRedirect: false), persona);
        return (await EidSignIn.AccountAsync(app, givenName, familyName))!.Id;
    }

    private Task<List<Pelhrimov.Core.Events.StoredEvent>> EventsAsync(string type, Guid accountId) =>
        app.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().Events.AsNoTracking()
            .Where(e => e.Type == type && e.Payload.Contains(accountId.ToString())).ToListAsync());

    [Fact]
    public async Task Signing_in_with_eID_links_the_account_to_the_one_matching_person()
    {
        var account = await SignInAsync("marie-svobodova", "Marie", "Svobodová");

        var links = await UntilAsync(() => LinksAsync(account), l => l.Count > 0, "Marie's link");

        Assert.Equal(["OS-000003"], links);
        var linked = Assert.Single(await EventsAsync("people.person-linked", account));
        Assert.Contains("\"personId\":\"OS-000003\"", linked.Payload);
        Assert.Contains("\"method\":\"automatic\"", linked.Payload);
        Assert.Contains(await EidSignIn.AuditAsync(app, PeopleAuditActions.Linked), e => e.EntityId == "OS-000003" && e.Summary!.Contains("automaticky"));
    }

    [Fact]
    public async Task A_persona_matching_two_persons_waits_for_a_clerk_who_links_the_chosen_one()
    {
        var account = await SignInAsync("josef-marek", "Josef", "Marek");
        var review = await UntilAsync(() => ReviewAsync(account), r => r is not null, "Josef's review item");
        Assert.Equal(["OS-000006", "OS-000007"], review!.Candidates);
        Assert.Empty(await LinksAsync(account));

        var staff = await app.CreateStaffClientAsync();
        var page = await staff.GetHtmlAsync("/admin/osoby/propojeni");
        var item = page.QuerySelector($"section:has(form[action='/admin/osoby/propojeni/{account}'])")!;
        Assert.Contains("Josef Marek", item.TextContent);
        Assert.Contains("30.\u00A01.\u00A01965", item.TextContent);
        Assert.Contains("OS-000006", item.TextContent);
        Assert.Contains("Strachovská 1870", item.TextContent);

        var form = $"form[action='/admin/osoby/propojeni/{account}']";
        using (var nothingChosen = await AntiforgeryForm.PostAsync(staff, "/admin/osoby/propojeni", new Dictionary<string, string?> { ["osoba"] = null }, form))
        {
            var errorPage = await nothingChosen.ReadHtmlAsync();
            Assert.Contains("Vyberte osobu, se kterou účet propojit.", errorPage.QuerySelector(".error-summary")!.TextContent);
            Assert.NotNull(errorPage.QuerySelector($"#osoba-{account:N} .field-error"));
        }
        Assert.Empty(await LinksAsync(account));

        using var chosen = await AntiforgeryForm.PostAsync(staff, "/admin/osoby/propojeni", new Dictionary<string, string?> { ["osoba"] = "OS-000007" }, form);
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Equal(["OS-000007"], await LinksAsync(account));
        Assert.Null(await ReviewAsync(account));
        Assert.Contains(await EidSignIn.AuditAsync(app, PeopleAuditActions.Linked), e => e.EntityId == "OS-000007" && e.Actor == PortalApp.AdminEmail);
        Assert.Contains("\"method\":\"clerk\"", Assert.Single(await EventsAsync("people.person-linked", account)).Payload);
    }

    [Fact]
    public async Task A_clerk_unlinks_an_account_and_the_next_sign_in_does_not_link_it_again()
    {
        var account = await SignInAsync("jan-novak", "Jan", "Novák");
        await UntilAsync(() => LinksAsync(account), l => l.Count > 0, "Jan's link");
        var staff = await app.CreateStaffClientAsync();

        var list = await staff.GetHtmlAsync("/admin/osoby?q=OS-000001");
        Assert.Contains(Pelhrimov.People.Services.PersonLinking.AccountPseudonym(account), list.QuerySelector("table")!.TextContent);
        using (var unlinked = await AntiforgeryForm.PostAsync(staff, "/admin/osoby?q=OS-000001", new Dictionary<string, string?>(), "form[action='/admin/osoby/odpojit']"))
        {
            Assert.Equal(HttpStatusCode.OK, unlinked.StatusCode);
        }
        Assert.Empty(await LinksAsync(account));
        Assert.Contains("\"reason\":\"clerk\"", Assert.Single(await EventsAsync("people.person-unlinked", account)).Payload);
        Assert.Contains(await EidSignIn.AuditAsync(app, PeopleAuditActions.Unlinked), e => e.EntityId == "OS-000001" && e.Actor == PortalApp.AdminEmail);

        await EidSignIn.SignInAsync(app.CreateClient(allowAutoRedirect: false), "jan-novak");
        var review = await UntilAsync(() => ReviewAsync(account), r => r is not null, "Jan's review item after the unlink");
        Assert.Equal(ReviewReason.NoMatch, review!.Reason);
        Assert.Empty(await LinksAsync(account));
    }

    [Fact]
    public async Task A_second_citizen_never_sees_the_link_of_the_first()
    {
        var pavel = await app.SignInLinkedCitizenAsync("pavel-cernych", "OS-000002");
        var marie = await app.SignInLinkedCitizenAsync("marie-svobodova", "OS-000003");

        Assert.Equal(["OS-000002"], await LinksAsync(pavel.AccountId));
        Assert.Equal(["OS-000003"], await LinksAsync(marie.AccountId));
        Assert.True(await EidSignIn.IsSignedInAsync(pavel.Client));

        // A guessed review item is not there to be resolved.
        var staff = await app.CreateStaffClientAsync();
        var form = await AntiforgeryForm.LoadAsync(staff, "/admin/osoby?q=OS-000002", "form[action='/admin/osoby/odpojit']");
        using var forged = await staff.PostAsync($"/admin/osoby/propojeni/{marie.AccountId}", new FormUrlEncodedContent(
            form.Fields.Where(f => f.Key == "__RequestVerificationToken").Append(new("osoba", "OS-000002"))));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(["OS-000003"], await LinksAsync(marie.AccountId));
    }

    [Fact]
    public async Task A_person_written_later_links_a_citizen_who_matched_nobody()
    {
        // The register's Eva Králová has a wrong date of birth at first: nobody matches her eID attributes.
        var eva = Pelhrimov.Identity.NiaSimulator.Domain.Personas.Find("eva-kralova")!;
        await app.PutPersonAsync("OS-000005", new { givenName = "Eva", familyName = "Králová", dateOfBirth = "1971-09-22" });
        var account = await SignInAsync("eva-kralova", "Eva", "Králová");
        var review = await UntilAsync(() => ReviewAsync(account), r => r is not null, "Eva's review item");
        Assert.Equal(ReviewReason.NoMatch, review!.Reason);

        await app.PutPersonAsync("OS-000005", PeopleFixtures.PersonBody(eva));

        Assert.Equal(["OS-000005"], await LinksAsync(account));
        Assert.Null(await ReviewAsync(account));
    }

    [Fact]
    public async Task Deleting_the_citizen_account_removes_its_links()
    {
        // The sample register holds Tereza as OS-000004 already: a second person with her attributes sends her to a clerk.
        var tereza = await app.SignInLinkedCitizenAsync("tereza-dvorakova", "OS-900004");
        Assert.Equal(["OS-900004"], await LinksAsync(tereza.AccountId));
        Assert.Contains(await EidSignIn.AuditAsync(app, PeopleAuditActions.Linked), e => e.EntityId == "OS-900004" && e.Actor == PortalApp.AdminEmail);

        using var deleted = await AntiforgeryForm.PostAsync(tereza.Client, "/muj-ucet/zrusit", new Dictionary<string, string?> { ["Confirm"] = "true" }, "main form");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);

        await UntilAsync(() => LinksAsync(tereza.AccountId), l => l.Count == 0, "Tereza's links removed");
        await UntilAsync(() => EventsAsync("people.person-unlinked", tereza.AccountId), e => e.Count == 1, "PersonUnlinked");
        Assert.Contains("account-deleted", (await EventsAsync("people.person-unlinked", tereza.AccountId))[0].Payload);
        Assert.Equal(0, await app.InScopeAsync(s => s.GetRequiredService<PeopleDbContext>().Links.CountAsync(l => l.AccountId == tereza.AccountId)));
    }

    [Fact]
    public async Task Clerks_may_manage_people_by_default_and_editors_may_not()
    {
        var clerkAccount = await app.CreateStaffAsync(StaffRoles.Clerk);
        var editorAccount = await app.CreateStaffAsync(StaffRoles.Editor);

        var clerk = await app.CreateStaffClientAsync(clerkAccount.Email, clerkAccount.Password);
        var page = await clerk.GetHtmlAsync("/admin/osoby");
        Assert.Contains("Osoby", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/admin/osoby']"));
        using (var queue = await clerk.GetAsync("/admin/osoby/propojeni"))
        {
            Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        }

        var editor = await app.CreateStaffClientAsync(editorAccount.Email, editorAccount.Password);
        using var refused = await editor.GetAsync("/admin/osoby");
        using var refusedQueue = await editor.GetAsync("/admin/osoby/propojeni");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedQueue.StatusCode);
        Assert.Null((await editor.GetHtmlAsync("/admin")).QuerySelector("a[href='/admin/osoby']"));
    }
}
