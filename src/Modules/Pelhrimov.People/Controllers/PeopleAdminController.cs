using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Security;
using Pelhrimov.People.Data;
using Pelhrimov.People.Domain;
using Pelhrimov.People.Services;

namespace Pelhrimov.People.Controllers;

/// <summary>
/// <c>/admin/osoby</c>: the register of persons with their links ("Odpojit"), and <c>/admin/osoby/propojeni</c>: citizens
/// the portal could not link by itself, their verified attributes next to the candidates ("Propojit").
/// </summary>
[AuthorizePermission(Permissions.ManageName)]
public sealed class PeopleAdminController(PeopleDbContext db, PersonLinking linking, IVerifiedCitizens citizens) : AdminController
{
    public const int PageSize = 50;

    public const int ReviewPageSize = 20;

    [HttpGet(AdminMenu.Url)]
    public async Task<IActionResult> Index([FromQuery(Name = "q")] string? query, [FromQuery(Name = "strana")] int page = 1, CancellationToken cancellationToken = default)
    {
        query = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        var persons = db.Persons.AsNoTracking();
        if (query is not null)
        {
            var lower = query.ToLower();
            persons = persons.Where(p => p.Id == query || p.Id.ToLower().StartsWith(lower)
                || p.FamilyName.ToLower().Contains(lower) || p.GivenName.ToLower().Contains(lower));
        }
        var total = await persons.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await persons.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var ids = rows.Select(p => p.Id).ToList();
        var links = await db.Links.AsNoTracking().Where(l => ids.Contains(l.PersonId) && l.UnlinkedUtc == null).ToListAsync(cancellationToken);
        var reviews = await db.Reviews.CountAsync(cancellationToken);
        return View(new PersonListPage(query, rows, links.ToLookup(l => l.PersonId), total, page, pageCount, reviews));
    }

    [HttpPost(AdminMenu.Url + "/odpojit")]
    public async Task<IActionResult> Unlink([FromForm(Name = "odkaz")] Guid linkId, [FromForm(Name = "q")] string? query, CancellationToken cancellationToken)
    {
        var done = await linking.UnlinkByClerkAsync(linkId, Clerk, cancellationToken);
        Flash(done ? "Účet občana je od osoby odpojený. Automaticky už s ní propojen nebude." : "Toto propojení už neexistuje.");
        return Redirect(AdminMenu.Url + (string.IsNullOrWhiteSpace(query) ? "" : "?q=" + Uri.EscapeDataString(query)));
    }

    [HttpGet(AdminMenu.ReviewUrl)]
    public async Task<IActionResult> Reviews([FromQuery(Name = "strana")] int page = 1, CancellationToken cancellationToken = default) =>
        View(await ReviewPageAsync(page, cancellationToken));

    [HttpPost(AdminMenu.ReviewUrl + "/{accountId:guid}")]
    public async Task<IActionResult> Link(Guid accountId, [FromForm(Name = "osoba")] string? personId, [FromForm(Name = "strana")] int page = 1, CancellationToken cancellationToken = default)
    {
        var review = await db.Reviews.AsNoTracking().FirstOrDefaultAsync(r => r.AccountId == accountId, cancellationToken);
        if (review is null)
        {
            return NotFound();
        }
        personId = personId?.Trim();
        var field = ReviewPage.FieldName(accountId);
        if (string.IsNullOrEmpty(personId))
        {
            ModelState.AddModelError(field, review.Candidates.Count > 0 ? "Vyberte osobu, se kterou účet propojit." : "Zadejte identifikátor osoby, se kterou účet propojit.");
        }
        else if (!await db.Persons.AnyAsync(p => p.Id == personId, cancellationToken))
        {
            ModelState.AddModelError(field, $"Osoba s identifikátorem {personId} v registru není.");
        }
        if (!ModelState.IsValid)
        {
            return View("Reviews", await ReviewPageAsync(page, cancellationToken, (accountId, personId)));
        }
        if (!await linking.LinkByClerkAsync(accountId, personId!, Clerk, cancellationToken))
        {
            return NotFound();
        }
        Flash($"Účet občana je propojený s osobou {personId}.");
        return Redirect(AdminMenu.ReviewUrl);
    }

    private string Clerk => User.Identity?.Name ?? "úředník";

    private async Task<ReviewPage> ReviewPageAsync(int page, CancellationToken cancellationToken, (Guid AccountId, string? PersonId)? posted = null)
    {
        var total = await db.Reviews.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + ReviewPageSize - 1) / ReviewPageSize);
        page = Math.Clamp(page, 1, pageCount);
        var reviews = await db.Reviews.AsNoTracking().OrderBy(r => r.CreatedUtc).ThenBy(r => r.AccountId)
            .Skip((page - 1) * ReviewPageSize).Take(ReviewPageSize).ToListAsync(cancellationToken);
        var ids = reviews.SelectMany(r => r.Candidates).Distinct().ToList();
        var persons = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var items = new List<ReviewItem>();
        foreach (var review in reviews)
        {
            var citizen = await citizens.FindAsync(review.AccountId, cancellationToken);
            if (citizen is null)
            {
                continue;   // deleted a moment ago: its handler removes the item
            }
            var candidates = review.Candidates.Select(id => persons.GetValueOrDefault(id)).OfType<Person>().ToList();
            items.Add(new ReviewItem(review, citizen, candidates));
        }
        return new ReviewPage(items, total, page, pageCount, linking.Policy, posted);
    }
}

public sealed record PersonListPage(string? Query, IReadOnlyList<Person> Persons, ILookup<string, PersonLink> Links, int Total, int Page, int PageCount, int OpenReviews);

public sealed record ReviewItem(LinkReview Review, VerifiedCitizen Citizen, IReadOnlyList<Person> Candidates);

public sealed record ReviewPage(IReadOnlyList<ReviewItem> Items, int Total, int Page, int PageCount, LinkPolicy Policy, (Guid AccountId, string? PersonId)? Posted)
{
    /// <summary>The model-state key (and element id) of one item's choice, unique on the page.</summary>
    public static string FieldName(Guid accountId) => "osoba-" + accountId.ToString("N");
}
