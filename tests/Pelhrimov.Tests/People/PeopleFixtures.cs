using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Identity.NiaSimulator.Domain;
using Pelhrimov.People.Data;
using Pelhrimov.Tests.ApiClients;
using Pelhrimov.Tests.Citizens;

// In the Infrastructure namespace, which every test file imports, but not in that folder: the browser tests compile
// Infrastructure/ in, and this helper needs the eID and API-client helpers of this project.
namespace Pelhrimov.Tests.Infrastructure;

/// <summary>A citizen signed in with eID whose account is linked to a back-office person.</summary>
/// <param name="Client">The citizen's browser: cookies kept, redirects followed.</param>
public sealed record LinkedCitizen(HttpClient Client, Guid AccountId, string PersonId);

/// <summary>
/// For tests of modules that show back-office data (receivables, filings) to a citizen: a citizen signed in with eID and
/// linked to a person id through the real code path (docs/people.md).
/// </summary>
public static class PeopleFixtures
{
    /// <summary>Scopes of the back-office client the fixture creates once per app.</summary>
    public const string Scopes = "persons.write persons.read";

    private static readonly ConditionalWeakTable<PortalApp, Task<CreatedClient>> BackOfficeClients = new();

    /// <summary>
    /// Writes <paramref name="personId"/> with the attributes of the NIA simulator's <paramref name="persona"/> through
    /// <c>PUT /api/v1/osoby/{id}</c> (an API client with <c>persons.write</c> is created through the admin), signs the
    /// persona in with eID through the simulator and waits for the link. When the attributes match several persons (the
    /// sample register already holds the persona under another id), a clerk links the account in
    /// <c>/admin/osoby/propojeni</c>. One persona is one account per app: link it to one person id per app.
    /// </summary>
    /// <example><c>var citizen = await app.SignInLinkedCitizenAsync("jan-novak", "OS-000001");</c></example>
    public static async Task<LinkedCitizen> SignInLinkedCitizenAsync(this PortalApp app, string persona, string personId, TimeSpan? within = null)
    {
        var who = Personas.Find(persona) ?? throw new ArgumentException($"The NIA simulator has no persona '{persona}'.", nameof(persona));
        await app.PutPersonAsync(personId, PersonBody(who));

        var cookies = new CookieContainer();
        await EidSignIn.SignInAsync(app.CreateClient(allowAutoRedirect: false, cookies: cookies), persona);
        var client = app.CreateClient(cookies: cookies);
        // The portal keeps names as NIA sends them, except that upper-case ones are title-cased: compare ignoring case.
        var born = who.BirthDateOn(DateOnly.FromDateTime(DateTime.Now));
        var accounts = await app.InScopeAsync(s => s.GetRequiredService<CitizensDbContext>().Users.AsNoTracking()
            .Where(a => a.DateOfBirth == born && a.PersonIdentifier != null).ToListAsync());
        var accountId = accounts.Single(a => string.Equals(a.GivenName, who.GivenName, StringComparison.CurrentCultureIgnoreCase)
            && string.Equals(a.FamilyName, who.FamilyName, StringComparison.CurrentCultureIgnoreCase)).Id;

        // The link is made by the handler of the sign-in's CitizenIdentified event, after the sign-in's commit.
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var (links, inReview) = await app.InScopeAsync(async s => (
                await s.GetRequiredService<IPersonLinks>().PersonIdsOfAsync(accountId, CancellationToken.None),
                await s.GetRequiredService<PeopleDbContext>().Reviews.AnyAsync(r => r.AccountId == accountId)));
            if (links.Contains(personId))
            {
                return new LinkedCitizen(client, accountId, personId);
            }
            if (links.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Persona {persona} is already linked to {string.Join(", ", links)} in this app; link it to one person id per app.");
            }
            if (inReview)
            {
                await app.LinkByClerkAsync(accountId, personId);
                return new LinkedCitizen(client, accountId, personId);
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The account of {persona} was neither linked nor queued for a clerk in time.");
            }
            await Task.Delay(25);
        }
    }

    /// <summary>The JSON of a person with the persona's attributes, as the back office would send it.</summary>
    public static object PersonBody(Persona who) => new
    {
        givenName = who.GivenName,
        familyName = who.FamilyName,
        dateOfBirth = who.BirthDateOn(DateOnly.FromDateTime(DateTime.Now)).ToString("yyyy-MM-dd"),
        address = who.Address is { } a
            ? new { street = a.Thoroughfare, houseNumber = a.LocatorDesignator, town = a.PostName, postCode = a.PostCode }
            : null,
    };

    /// <summary><c>PUT /api/v1/osoby/{id}</c> as the back office; fails the test unless it answers 200 or 201.</summary>
    public static async Task PutPersonAsync(this PortalApp app, string personId, object body)
    {
        var http = app.CreateApiClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/osoby/" + Uri.EscapeDataString(personId)) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await app.BackOfficeTokenAsync());
        using var response = await http.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created,
            $"PUT /api/v1/osoby/{personId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A token of the app's back-office client (created through the admin on first use) with both person scopes.</summary>
    public static async Task<string> BackOfficeTokenAsync(this PortalApp app)
    {
        var created = await BackOfficeClients.GetValue(app, async a =>
        {
            var staff = await a.CreateStaffClientAsync();
            return await staff.CreateApiClientAsync("Registr osob (testy)", Scopes.Split(' '));
        });
        return await app.CreateApiClient().TokenAsync(created);
    }

    /// <summary>The clerk's "Propojit" in the review queue, through the admin form.</summary>
    public static async Task LinkByClerkAsync(this PortalApp app, Guid accountId, string personId)
    {
        var staff = await app.CreateStaffClientAsync();
        using var response = await AntiforgeryForm.PostAsync(staff, "/admin/osoby/propojeni",
            new Dictionary<string, string?> { ["osoba"] = personId }, $"form[action='/admin/osoby/propojeni/{accountId}']");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = await app.InScopeAsync(s => s.GetRequiredService<IPersonLinks>().PersonIdsOfAsync(accountId, CancellationToken.None));
        Assert.True(links.Contains(personId), $"The clerk's link to {personId} did not take: {ApiClientsTesting.ErrorsOn(await response.ReadHtmlAsync())}");
    }
}
