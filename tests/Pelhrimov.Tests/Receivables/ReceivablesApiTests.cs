using System.Net;
using System.Net.Http.Json;
using Pelhrimov.Tests.ApiClients;

namespace Pelhrimov.Tests.Receivables;

[Collection(PortalCollection.Name)]
public sealed class ReceivablesApiTests(PortalApp app)
{
    [Fact]
    public async Task A_new_receivable_is_created_once_and_the_same_push_again_changes_nothing()
    {
        var http = await app.ApiClientAsync();
        var id = ReceivablesTesting.NewId();

        using var first = await http.PutReceivableAsync(id, ReceivablesTesting.Body());
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("created", (await first.JsonAsync()).GetProperty("result").GetString());
        using var again = await http.PutReceivableAsync(id, ReceivablesTesting.Body());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("unchanged", (await again.JsonAsync()).GetProperty("result").GetString());
        Assert.Equal(1, await app.HistoryCountAsync(id));
        var events = await app.EventsAsync(id);
        Assert.Equal(["receivables.created"], events.Select(e => e.Type));
        Assert.Contains("\"personId\":\"OS-900001\"", events[0].Payload, StringComparison.Ordinal);
        Assert.Contains("\"amount\":1200", events[0].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_amount_updates_the_receivable_and_writes_its_history()
    {
        var http = await app.ApiClientAsync();
        var id = ReceivablesTesting.NewId();
        (await http.PutReceivableAsync(id, ReceivablesTesting.Body(amount: 1_200m))).Dispose();

        using var changed = await http.PutReceivableAsync(id, ReceivablesTesting.Body(amount: 1_350.50m));

        Assert.Equal("updated", (await changed.JsonAsync()).GetProperty("result").GetString());
        Assert.Equal(2, await app.HistoryCountAsync(id));
        using var list = await http.GetAsync(ReceivablesTesting.Api + "?limit=1000");
        Assert.Contains("1350.5", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_fields_are_named_in_a_problem_and_nothing_is_stored()
    {
        var http = await app.ApiClientAsync();
        var id = ReceivablesTesting.NewId();
        var body = ReceivablesTesting.Body();
        body["amount"] = 12.345m;
        body["accountNumber"] = "19-2000145398";
        body["bankCode"] = "800";
        body["variableSymbol"] = "12345678901";
        body["constantSymbol"] = "03A8";
        body["personId"] = null;
        body["currency"] = "EUR";

        using var response = await http.PutReceivableAsync(id, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["accountNumber", "amount", "bankCode", "constantSymbol", "currency", "personId", "variableSymbol"],
            (await response.ProblemFieldsAsync()).Order(StringComparer.Ordinal));
        Assert.False(await app.ExistsAsync(id));
        Assert.Empty(await app.EventsAsync(id));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_or_an_unknown_field_is_named()
    {
        var http = await app.ApiClientAsync();
        var id = ReceivablesTesting.NewId();
        var wrongType = ReceivablesTesting.Body();
        wrongType["dueDate"] = "31. 5. 2026";
        var unknown = ReceivablesTesting.Body();
        unknown["amout"] = 5;

        using var first = await http.PutReceivableAsync(id, wrongType);
        using var second = await http.PutReceivableAsync(id, unknown);
        using var notJson = await http.PutAsync(ReceivablesTesting.Api + "/" + id, new StringContent("{\"amount\":", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(["dueDate"], await first.ProblemFieldsAsync());
        Assert.Equal(["amout"], await second.ProblemFieldsAsync());
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.False(await app.ExistsAsync(id));
    }

    [Fact]
    public async Task A_payment_is_booked_once_and_moves_the_status()
    {
        var http = await app.ApiClientAsync();
        var id = ReceivablesTesting.NewId();
        (await http.PutReceivableAsync(id, ReceivablesTesting.Body(amount: 1_000m))).Dispose();

        using var booked = await http.PutPaymentAsync(id, "PL-1", 400m);
        using var again = await http.PutPaymentAsync(id, "PL-1", 400m);
        using var different = await http.PutPaymentAsync(id, "PL-1", 500m);
        using var rest = await http.PutPaymentAsync(id, "PL-2", 700m, source: "card");

        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, different.StatusCode);
        Assert.Equal(HttpStatusCode.Created, rest.StatusCode);
        var events = await app.EventsAsync(id);
        Assert.Equal(["receivables.created", "receivables.payment-booked", "receivables.status-changed",
            "receivables.payment-booked", "receivables.status-changed"], events.Select(e => e.Type));
        Assert.Contains("\"oldStatus\":\"open\",\"newStatus\":\"partially-paid\"", events[2].Payload, StringComparison.Ordinal);
        Assert.Contains("\"newStatus\":\"paid\"", events[4].Payload, StringComparison.Ordinal);
        // Overpaid by 100 Kč: what is left is negative.
        Assert.Contains("\"outstanding\":-100", events[3].Payload, StringComparison.Ordinal);
        Assert.Equal(3, await app.HistoryCountAsync(id));
    }

    [Fact]
    public async Task A_payment_of_an_unknown_receivable_or_with_bad_fields_is_refused()
    {
        var http = await app.ApiClientAsync();
        var id = ReceivablesTesting.NewId();

        using var unknown = await http.PutPaymentAsync(id, "PL-1", 100m);
        (await http.PutReceivableAsync(id, ReceivablesTesting.Body())).Dispose();
        using var invalid = await http.PutAsJsonAsync($"{ReceivablesTesting.Api}/{id}/platby/PL-1", new { amount = -5, source = "bitcoin" });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["amount", "date", "source"], (await invalid.ProblemFieldsAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(["receivables.created"], (await app.EventsAsync(id)).Select(e => e.Type));
    }

    [Fact]
    public async Task A_batch_with_one_bad_item_stores_none_and_names_the_item()
    {
        var http = await app.ApiClientAsync();
        var ids = Enumerable.Range(0, 3).Select(_ => ReceivablesTesting.NewId("B")).ToList();
        var items = ids.Select(id => Item(id)).ToList();
        items[2]["bankCode"] = "08000";
        items[1]["id"] = ids[0];

        using var response = await http.PostAsJsonAsync(ReceivablesTesting.Api + "/davka", new { items });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["items[1].id", "items[2].bankCode"], (await response.ProblemFieldsAsync()).Order(StringComparer.Ordinal));
        foreach (var id in ids)
        {
            Assert.False(await app.ExistsAsync(id));
        }
    }

    [Fact]
    public async Task A_batch_is_stored_whole_and_repeated_it_changes_nothing()
    {
        var http = await app.ApiClientAsync();
        var ids = Enumerable.Range(0, 5).Select(_ => ReceivablesTesting.NewId("B")).ToList();
        var items = ids.Select(id => Item(id)).ToList();

        using var first = await http.PostAsJsonAsync(ReceivablesTesting.Api + "/davka", new { items });
        items[4]["amount"] = 99m;
        using var second = await http.PostAsJsonAsync(ReceivablesTesting.Api + "/davka", new { items });

        var a = await first.JsonAsync();
        Assert.Equal((5, 0, 0), (a.GetProperty("created").GetInt32(), a.GetProperty("updated").GetInt32(), a.GetProperty("unchanged").GetInt32()));
        var b = await second.JsonAsync();
        Assert.Equal((0, 1, 4), (b.GetProperty("created").GetInt32(), b.GetProperty("updated").GetInt32(), b.GetProperty("unchanged").GetInt32()));
        Assert.Single(await app.EventsAsync(ids[0]));
    }

    [Fact]
    public async Task A_batch_larger_than_the_limit_is_refused()
    {
        var http = await app.ApiClientAsync();
        var items = Enumerable.Range(0, 1001).Select(i => Item("X-" + i)).ToList();

        using var response = await http.PostAsJsonAsync(ReceivablesTesting.Api + "/davka", new { items });

        Assert.Equal(["items"], await response.ProblemFieldsAsync());
    }

    [Fact]
    public async Task The_cursor_pages_through_every_receivable_once()
    {
        var http = await app.ApiClientAsync();
        var mine = Enumerable.Range(0, 7).Select(_ => ReceivablesTesting.NewId("C")).ToList();
        (await http.PostAsJsonAsync(ReceivablesTesting.Api + "/davka", new { items = mine.Select(id => Item(id)).ToList() })).Dispose();

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            using var response = await http.GetAsync(ReceivablesTesting.Api + "?limit=3" + (cursor is null ? "" : "&cursor=" + cursor));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.JsonAsync();
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.True(items.Count <= 3);
            seen.AddRange(items.Select(i => i.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10_000);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(mine, id => Assert.Contains(id, seen));
    }

    [Fact]
    public async Task A_bad_cursor_or_limit_is_named()
    {
        var http = await app.ApiClientAsync();

        using var cursor = await http.GetAsync(ReceivablesTesting.Api + "?cursor=nonsense");
        using var limit = await http.GetAsync(ReceivablesTesting.Api + "?limit=0");

        Assert.Equal(["cursor"], await cursor.ProblemFieldsAsync());
        Assert.Equal(["limit"], await limit.ProblemFieldsAsync());
    }

    [Fact]
    public async Task Without_a_token_or_without_the_scope_the_API_refuses()
    {
        var anonymous = app.CreateApiClient();
        var otherScope = await app.ApiClientAsync(ApiClientsTesting.PortalHealth);

        using var none = await anonymous.PutReceivableAsync(ReceivablesTesting.NewId(), ReceivablesTesting.Body());
        using var wrong = await otherScope.PutReceivableAsync(ReceivablesTesting.NewId(), ReceivablesTesting.Body());
        using var list = await otherScope.GetAsync(ReceivablesTesting.Api);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

    private static Dictionary<string, object?> Item(string id)
    {
        var item = ReceivablesTesting.Body();
        item["id"] = id;
        return item;
    }
}
