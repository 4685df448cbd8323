using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.People.Data;
using Pelhrimov.People.Domain;
using Pelhrimov.People.Services;

namespace Pelhrimov.Tests.People;

/// <summary>
/// The linking policy on the real database: exactly one match links, none or several go to a clerk, a clerk's unlink is
/// respected. Attributes are given as the Citizens module would hand them over; persons are written through the register.
/// </summary>
public sealed class PersonLinkingTests(SharedPortalApp app)
{
    private static readonly DateOnly Born = new(1961, 6, 6);

    private static VerifiedCitizen Citizen(string given, string family, DateOnly? born = null, VerifiedAddress? address = null) =>
        new(Guid.NewGuid(), given, family, born ?? Born, address, "high");

    private Task<T> WithLinkingAsync<T>(Func<PersonLinking, PeopleDbContext, Task<T>> work, LinkPolicy policy = LinkPolicy.NameAndBirthDate) =>
        app.InScopeAsync(s =>
        {
            var db = s.GetRequiredService<PeopleDbContext>();
            var linking = new PersonLinking(db, s.GetRequiredService<CoreDbContext>(), s.GetRequiredService<IDomainEvents>(),
                s.GetRequiredService<IAuditLog>(), s.GetRequiredService<IVerifiedCitizens>(),
                Options.Create(new PeopleOptions { LinkPolicy = policy }), TimeProvider.System);
            return work(linking, db);
        });

    private Task PersonAsync(string id, string given, string family, DateOnly? born = null, string? street = null) =>
        app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<PersonRegister>().UpsertAsync(
                new PersonData(id, given, family, born ?? Born, street, street is null ? null : "7", street is null ? null : "Pelhřimov", street is null ? null : "393 01"),
                "test", CancellationToken.None);
            return 0;
        });

    private Task<(LinkOutcome Outcome, List<PersonLink> Links, LinkReview? Review)> ApplyAsync(VerifiedCitizen citizen, LinkPolicy policy = LinkPolicy.NameAndBirthDate) =>
        WithLinkingAsync(async (linking, db) =>
        {
            var outcome = await linking.ApplyAsync(citizen.AccountId, citizen, CancellationToken.None);
            var links = await db.Links.AsNoTracking().Where(l => l.AccountId == citizen.AccountId).ToListAsync();
            var review = await db.Reviews.AsNoTracking().FirstOrDefaultAsync(r => r.AccountId == citizen.AccountId);
            return (outcome, links, review);
        }, policy);

    [Fact]
    public async Task Exactly_one_matching_person_is_linked_automatically_and_audited()
    {
        await PersonAsync("T-EXACT-1", "Bohumil", "Hrabal", street: "Palackého");
        var citizen = Citizen("BOHUMIL", "HRABAL");

        var (outcome, links, review) = await ApplyAsync(citizen);

        Assert.Equal(LinkOutcome.Linked, outcome);
        var link = Assert.Single(links);
        Assert.Equal(("T-EXACT-1", LinkMethod.Automatic), (link.PersonId, link.Method));
        Assert.Null(review);
        var audit = await app.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == PeopleAuditActions.Linked && e.EntityId == "T-EXACT-1").ToListAsync());
        Assert.Contains(PersonLinking.AccountPseudonym(citizen.AccountId), Assert.Single(audit).Summary);
        Assert.Equal(["T-EXACT-1"], await app.InScopeAsync(s => s.GetRequiredService<IPersonLinks>().PersonIdsOfAsync(citizen.AccountId, CancellationToken.None)));
    }

    [Fact]
    public async Task Several_matching_persons_go_to_a_clerk_with_all_candidates_and_nothing_is_linked()
    {
        await PersonAsync("T-TWIN-2", "Karel", "Čapek");
        await PersonAsync("T-TWIN-1", "Karel", "Čapek");

        var (outcome, links, review) = await ApplyAsync(Citizen("Karel", "Čapek"));

        Assert.Equal(LinkOutcome.InReview, outcome);
        Assert.Empty(links);
        Assert.Equal(ReviewReason.SeveralMatches, review!.Reason);
        Assert.Equal(["T-TWIN-1", "T-TWIN-2"], review.Candidates);
    }

    [Fact]
    public async Task No_matching_person_goes_to_a_clerk_without_candidates()
    {
        var (outcome, links, review) = await ApplyAsync(Citizen("Jaroslav", "Seifert"));

        Assert.Equal(LinkOutcome.InReview, outcome);
        Assert.Empty(links);
        Assert.Equal(ReviewReason.NoMatch, review!.Reason);
        Assert.Empty(review.Candidates);
    }

    [Fact]
    public async Task A_person_who_differs_in_diacritics_is_not_a_match()
    {
        await PersonAsync("T-DIA-1", "Vítězslav", "Nezval");

        var (outcome, links, _) = await ApplyAsync(Citizen("Vitezslav", "Nezval"));

        Assert.Equal(LinkOutcome.InReview, outcome);
        Assert.Empty(links);
    }

    [Fact]
    public async Task The_address_policy_links_only_when_the_address_matches_too()
    {
        await PersonAsync("T-ADDR-1", "Božena", "Němcová", street: "Růžová");
        await PersonAsync("T-ADDR-2", "Božena", "Němcová", street: "Lipová");
        var atHome = new VerifiedAddress("RŮŽOVÁ", "7", "Pelhřimov", "39301");

        // By name and date of birth these are two persons; the address tells them apart.
        Assert.Equal(LinkOutcome.InReview, (await ApplyAsync(Citizen("Božena", "Němcová", address: atHome))).Outcome);
        var (outcome, links, _) = await ApplyAsync(Citizen("Božena", "Němcová", address: atHome), LinkPolicy.NameBirthDateAndAddress);
        Assert.Equal(LinkOutcome.Linked, outcome);
        Assert.Equal("T-ADDR-1", Assert.Single(links).PersonId);

        // Without an address from eID nothing can match under that policy.
        var (without, _, review) = await ApplyAsync(Citizen("Božena", "Němcová"), LinkPolicy.NameBirthDateAndAddress);
        Assert.Equal(LinkOutcome.InReview, without);
        Assert.Equal(ReviewReason.NoMatch, review!.Reason);
    }

    [Fact]
    public async Task A_pair_a_clerk_unlinked_is_never_linked_automatically_again()
    {
        await PersonAsync("T-UNL-1", "Jiří", "Wolker");
        var citizen = Citizen("Jiří", "Wolker");
        var (_, links, _) = await ApplyAsync(citizen);
        var link = Assert.Single(links);

        Assert.True(await WithLinkingAsync((linking, _) => linking.UnlinkByClerkAsync(link.Id, "urednik@test.cz", CancellationToken.None)));
        Assert.Empty(await app.InScopeAsync(s => s.GetRequiredService<IPersonLinks>().PersonIdsOfAsync(citizen.AccountId, CancellationToken.None)));

        var (outcome, after, review) = await ApplyAsync(citizen);
        Assert.Equal(LinkOutcome.InReview, outcome);
        Assert.All(after, l => Assert.NotNull(l.UnlinkedUtc));
        Assert.Empty(review!.Candidates);
        var unlinked = await app.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == PeopleAuditActions.Unlinked && e.EntityId == "T-UNL-1").ToListAsync());
        Assert.Equal("urednik@test.cz", Assert.Single(unlinked).Actor);
    }

    [Fact]
    public async Task A_linked_account_is_never_linked_to_a_second_person_automatically()
    {
        await PersonAsync("T-ONE-1", "Jan", "Neruda");
        var citizen = Citizen("Jan", "Neruda");
        Assert.Equal(LinkOutcome.Linked, (await ApplyAsync(citizen)).Outcome);
        await PersonAsync("T-ONE-2", "Jan", "Neruda");

        var (outcome, links, review) = await ApplyAsync(citizen);

        Assert.Equal(LinkOutcome.AlreadyLinked, outcome);
        Assert.Equal("T-ONE-1", Assert.Single(links).PersonId);
        Assert.Null(review);
    }
}
