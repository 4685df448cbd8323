using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.People.Data;
using Pelhrimov.People.Domain;
using Pelhrimov.Tests.ApiClients;

namespace Pelhrimov.Tests.People;

/// <summary>The back office's API of the register of persons over real HTTP, with real OAuth tokens.</summary>
public sealed class PersonsApiTests(PortalApp app) : IClassFixture<PortalApp>
{
    private const string Body = """{"givenName":"Ludmila","familyName":"Veselá","dateOfBirth":"1970-02-03","address":{"street":"Nádražní","houseNumber":"3","town":"Pelhřimov","postCode":"393 01"}}""";

    private async Task<HttpResponseMessage> PutAsync(string id, string json, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/osoby/" + id) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? await app.BackOfficeTokenAsync());
        return await app.CreateApiClient().SendAsync(request);
    }

    private Task<int> CountAsync<T>(Func<IServiceProvider, IQueryable<T>> set) => app.InScopeAsync(s => set(s).CountAsync());

    private Task<int> PeopleAuditCountAsync() =>
        CountAsync(s => s.GetRequiredService<CoreDbContext>().AuditEntries.Where(e => e.Action.StartsWith("people.")));

    [Fact]
    public async Task Without_a_token_the_API_answers_401_and_without_the_scope_403()
    {
        var http = app.CreateApiClient();
        using (var anonymous = await http.PutAsync("/api/v1/osoby/OS-777001", new StringContent(Body, Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
        using (var list = await http.GetAsync("/api/v1/osoby"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        }

        var staff = await app.CreateStaffClientAsync();
        var healthOnly = await staff.CreateApiClientAsync("Jen stav portálu", ApiClientsTesting.PortalHealth);
        var token = await http.TokenAsync(healthOnly);
        using (var forbidden = await PutAsync("OS-777001", Body, token))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }
        using (var forbiddenList = await http.GetWithTokenAsync("/api/v1/osoby", token))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbiddenList.StatusCode);
        }
        Assert.Equal(0, await CountAsync(s => s.GetRequiredService<PeopleDbContext>().Persons.Where(p => p.Id == "OS-777001")));
    }

    [Fact]
    public async Task A_repeated_identical_PUT_changes_nothing_and_a_changed_one_updates_the_person()
    {
        using (var created = await PutAsync("OS-777002", Body))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.Equal("/api/v1/osoby/OS-777002", created.Headers.Location!.ToString());
            using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
            Assert.Equal("Veselá", json.RootElement.GetProperty("familyName").GetString());
            Assert.Equal("1970-02-03", json.RootElement.GetProperty("dateOfBirth").GetString());
        }
        var stored = await app.InScopeAsync(s => s.GetRequiredService<PeopleDbContext>().Persons.AsNoTracking().SingleAsync(p => p.Id == "OS-777002"));
        var audits = await PeopleAuditCountAsync();
        var events = await CountAsync(s => s.GetRequiredService<CoreDbContext>().Events);

        using (var again = await PutAsync("OS-777002", Body))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }
        var unchanged = await app.InScopeAsync(s => s.GetRequiredService<PeopleDbContext>().Persons.AsNoTracking().SingleAsync(p => p.Id == "OS-777002"));
        Assert.Equal(stored.UpdatedUtc, unchanged.UpdatedUtc);
        Assert.Equal(audits, await PeopleAuditCountAsync());
        Assert.Equal(events, await CountAsync(s => s.GetRequiredService<CoreDbContext>().Events));

        using (var changed = await PutAsync("OS-777002", Body.Replace("\"3\"", "\"4\"")))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        }
        var updated = await app.InScopeAsync(s => s.GetRequiredService<PeopleDbContext>().Persons.AsNoTracking().SingleAsync(p => p.Id == "OS-777002"));
        Assert.Equal("4", updated.HouseNumber);
        var entries = await app.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.EntityId == "OS-777002").OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([PeopleAuditActions.PersonCreated, PeopleAuditActions.PersonUpdated], entries.Select(e => e.Action));
        Assert.StartsWith("API klient-", entries[0].Actor);
    }

    [Theory]
    [InlineData("""{"givenName":"Ludmila","familyName":"Veselá","dateOfBirth":"3. 2. 1970"}""", "dateOfBirth")]
    [InlineData("""{"givenName":"Ludmila","familyName":"Veselá","dateOfBirth":"2999-01-01"}""", "dateOfBirth")]
    [InlineData("""{"givenName":"","familyName":"Veselá","dateOfBirth":"1970-02-03"}""", "givenName")]
    [InlineData("""{"givenName":"Ludmila","dateOfBirth":"1970-02-03"}""", "familyName")]
    [InlineData("""{"givenName":"Ludmila","familyName":42,"dateOfBirth":"1970-02-03"}""", "familyName")]
    [InlineData("""{"givenName":"Ludmila","familyName":"Veselá","dateOfBirth":"1970-02-03","address":{"postCode":"3930"}}""", "address.postCode")]
    [InlineData("""{"givenName":"Ludmila","familyName":"Veselá","dateOfBirth":"1970-02-03","address":"Nádražní 3"}""", "address")]
    [InlineData("""{"givenName":"Ludmila",""", "$")]
    public async Task An_invalid_payload_is_a_problem_naming_the_field_and_stores_nothing(string json, string field)
    {
        var audits = await PeopleAuditCountAsync();

        using var response = await PutAsync("OS-777003", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"errors lack {field}: {errors}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Equal(0, await CountAsync(s => s.GetRequiredService<PeopleDbContext>().Persons.Where(p => p.Id == "OS-777003")));
        Assert.Equal(audits, await PeopleAuditCountAsync());
    }

    [Fact]
    public async Task An_invalid_id_is_a_problem_naming_the_id()
    {
        using var response = await PutAsync("OS%20%C4%8C", Body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task The_list_pages_through_every_person_once_with_a_cursor()
    {
        for (var i = 1; i <= 5; i++)
        {
            using var put = await PutAsync($"PG-{i:000}", Body);
            Assert.True(put.IsSuccessStatusCode);
        }
        var token = await app.BackOfficeTokenAsync();
        var http = app.CreateApiClient();
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            using var response = await http.GetWithTokenAsync("/api/v1/osoby?limit=4" + (cursor is null ? "" : "&cursor=" + cursor), token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var items = page.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
            Assert.InRange(items.Count, 1, 4);
            seen.AddRange(items);
            cursor = page.RootElement.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 100);

        var all = await app.InScopeAsync(s => s.GetRequiredService<PeopleDbContext>().Persons.Select(p => p.Id).ToListAsync());
        Assert.Equal(all.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Contains("PG-003", seen);
        Assert.Contains("OS-000001", seen);   // the sample register from the recipe
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=deset", "limit")]
    [InlineData("cursor=%21%21", "cursor")]
    public async Task Invalid_paging_is_a_problem_naming_the_parameter(string query, string field)
    {
        using var response = await app.CreateApiClient().GetWithTokenAsync("/api/v1/osoby?" + query, await app.BackOfficeTokenAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task One_person_is_read_by_id_and_an_unknown_one_is_404()
    {
        var token = await app.BackOfficeTokenAsync();
        using var known = await app.CreateApiClient().GetWithTokenAsync("/api/v1/osoby/OS-000003", token);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        using var json = JsonDocument.Parse(await known.Content.ReadAsStringAsync());
        Assert.Equal("Svobodová", json.RootElement.GetProperty("familyName").GetString());
        Assert.Equal("Pražská", json.RootElement.GetProperty("address").GetProperty("street").GetString());

        using var unknown = await app.CreateApiClient().GetWithTokenAsync("/api/v1/osoby/OS-999999", token);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
