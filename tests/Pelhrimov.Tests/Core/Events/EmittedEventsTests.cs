using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Tests.Citizens;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Core.Events;

/// <summary>The events modules publish today (docs/events.md), stored with the change that caused them.</summary>
public sealed class EmittedEventsTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task Publishing_unpublishing_and_scheduled_publishing_store_content_events()
    {
        var id = await app.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentService>();
            var saved = await content.SaveAsync(ContentTypes.ArticleType, null, Article("Uzavírka mostu"), "redaktor@test.cz", publish: true, mayPublish: true);
            await content.UnpublishAsync(saved.ItemId!.Value, "redaktor@test.cz");
            return saved.ItemId.Value;
        });
        var published = await EventsAsync("content.published", id);
        Assert.Contains("\"actor\":\"redaktor@test.cz\"", Assert.Single(published).Payload);
        Assert.Equal("Content", published[0].Module);
        Assert.Single(await EventsAsync("content.unpublished", id));

        var scheduledInput = Article("Naplánovaná uzavírka");
        scheduledInput.PublishAt = DateTime.Now.AddDays(1);
        var scheduled = await app.InScopeAsync(async sp =>
        {
            var saved = await sp.GetRequiredService<ContentService>().SaveAsync(ContentTypes.ArticleType, null, scheduledInput, "redaktor@test.cz", publish: false, mayPublish: true);
            // The schedule's time has come.
            await sp.GetRequiredService<ContentDbContext>().Versions.Where(v => v.ItemId == saved.ItemId)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.ScheduledPublishUtc, DateTime.UtcNow.AddMinutes(-1)));
            return saved.ItemId!.Value;
        });
        Assert.Empty(await EventsAsync("content.published", scheduled));
        await app.InScopeAsync(sp => sp.GetRequiredService<ContentService>().RunSchedulesAsync());
        Assert.Contains("\"actor\":\"plánovač\"", Assert.Single(await EventsAsync("content.published", scheduled)).Payload);
    }

    [Fact]
    public async Task A_first_eID_sign_in_and_account_deletion_store_citizen_events_by_account_id_only()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        await EidSignIn.SignInAsync(client, "jan-novak");
        var account = (await EidSignIn.AccountAsync(app, "Jan", "Novák"))!;

        Assert.Contains("\"method\":\"eid\"", Assert.Single(await EventsAsync("citizens.account-created", account.Id)).Payload);
        Assert.Single(await EventsAsync("citizens.consent-given", account.Id));
        var identified = Assert.Single(await EventsAsync("citizens.identified", account.Id));
        Assert.Contains("\"level\":\"high\"", identified.Payload);
        Assert.DoesNotContain("Novák", identified.Payload);

        using var deleted = await AntiforgeryForm.PostAsync(client, "/muj-ucet/zrusit", new Dictionary<string, string?> { ["Confirm"] = "true" }, "main form");
        Assert.Single(await EventsAsync("citizens.account-deleted", account.Id));
    }

    [Fact]
    public async Task A_staff_sign_in_stores_a_staff_signed_in_event()
    {
        var member = await app.CreateStaffAsync(Pelhrimov.Core.Security.StaffRoles.Editor);
        await app.CreateStaffClientAsync(member.Email, member.Password);
        var id = await app.InScopeAsync(sp => sp.GetRequiredService<Pelhrimov.Identity.Data.IdentityDataContext>().Users
            .Where(u => u.Email == member.Email).Select(u => u.Id).SingleAsync());
        Assert.Contains("\"method\":\"heslo\"", Assert.Single(await EventsAsync("identity.staff-signed-in", id)).Payload);
    }

    private static ContentInput Article(string title) => new()
    {
        Title = title,
        Fields = { ["perex"] = "Krátce.", ["body"] = "<p>Text.</p>", ["category"] = ContentTypes.ArticleCategories[0] },
    };

    private Task<List<StoredEvent>> EventsAsync(string type, Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().Events.AsNoTracking()
            .Where(e => e.Type == type && e.Payload.Contains(id.ToString())).ToListAsync());
}
