using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.ApiClients.Data;
using Pelhrimov.ApiClients.Models;
using Pelhrimov.ApiClients.Services;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Security;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.ApiClients;

/// <summary>The admin of API clients: the secret shown once, editing, disabling, rotating, deleting, validation, rights.</summary>
public sealed class ApiClientAdminTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task A_new_clients_secret_is_shown_once_and_stored_only_as_a_hash()
    {
        var staff = await app.CreateStaffClientAsync();

        var client = await staff.CreateApiClientAsync("Ekonomický systém", ApiClientsTesting.PortalHealth);
        var detail = await staff.GetHtmlAsync($"{ApiClientsTesting.AdminUrl}/{client.ClientId}");
        var list = await staff.GetHtmlAsync(ApiClientsTesting.AdminUrl);
        var stored = await app.InScopeAsync(sp => sp.GetRequiredService<ApiClientsDbContext>().Clients.SingleAsync(c => c.ClientId == client.ClientId));

        Assert.Matches("^klient-[a-z0-9]{8}$", client.ClientId);
        Assert.Equal(43, client.Secret.Length);
        Assert.DoesNotContain(client.Secret, detail.DocumentElement.OuterHtml);
        Assert.DoesNotContain(client.Secret, list.DocumentElement.OuterHtml);
        Assert.NotNull(stored.ClientSecret);
        Assert.DoesNotContain(client.Secret, stored.ClientSecret);
        Assert.Contains("Ekonomický systém", list.QuerySelector("table")!.TextContent);
        Assert.Contains(await AuditActionsAsync(client.ClientId), a => a == "apiclient.created");
    }

    [Fact]
    public async Task An_administrator_may_choose_the_client_id()
    {
        var staff = await app.CreateStaffClientAsync();

        using var response = await staff.PostCreateFormAsync("Spisová služba", [ApiClientsTesting.PortalHealth], clientId: "spisova-sluzba");
        var page = await response.ReadHtmlAsync();

        Assert.Equal("spisova-sluzba", page.QuerySelector(".client-id")!.TextContent.Trim());
        var token = await app.CreateApiClient().RequestTokenAsync("spisova-sluzba", page.QuerySelector(".client-secret")!.TextContent.Trim());
        Assert.NotNull(token.AccessToken);
    }

    [Fact]
    public async Task Bad_input_gets_czech_messages_and_nothing_is_saved()
    {
        var staff = await app.CreateStaffClientAsync();
        await staff.CreateApiClientAsync("Existující", ApiClientsTesting.PortalHealth);
        var existing = await app.InScopeAsync(sp => sp.GetRequiredService<ApiClientsDbContext>().Clients.Select(c => c.ClientId).FirstAsync());
        var before = await CountAsync();

        using var empty = await staff.PostCreateFormAsync("  ", []);
        using var duplicate = await staff.PostCreateFormAsync("Druhý", [ApiClientsTesting.PortalHealth], clientId: existing);
        using var badId = await staff.PostCreateFormAsync("Třetí", [ApiClientsTesting.PortalHealth], clientId: "Špatné ID!");
        using var undeclared = await staff.PostCreateFormAsync("Čtvrtý", ["parking.write"]);

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var emptyErrors = await empty.ErrorsOnAsync();
        Assert.Contains("Zadejte název klienta", emptyErrors);
        Assert.Contains("Vyberte alespoň jeden rozsah přístupu.", emptyErrors);
        Assert.Contains($"Klient s identifikátorem „{existing}“ už existuje.", await duplicate.ErrorsOnAsync());
        Assert.Contains("malá písmena bez diakritiky", await badId.ErrorsOnAsync());
        Assert.Contains("Rozsah přístupu „parking.write“ žádný modul portálu nenabízí.", await undeclared.ErrorsOnAsync());
        var page = await empty.ReadHtmlAsync();
        Assert.Equal("true", page.QuerySelector("#DisplayName")!.GetAttribute("aria-invalid"));
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Scopes']"));
        Assert.Null(page.QuerySelector(".client-secret"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Editing_saves_name_scopes_and_note_and_a_removed_scope_stops_the_tokens_that_had_it()
    {
        var staff = await app.CreateStaffClientAsync();
        var client = await staff.CreateApiClientAsync("Původní název", ApiClientsTesting.PortalHealth, ApiClientsTesting.TestModuleRead);
        var api = app.CreateApiClient();
        var oldToken = await api.TokenAsync(client);

        var form = await AntiforgeryForm.LoadAsync(staff, $"{ApiClientsTesting.AdminUrl}/{client.ClientId}", "form.client-edit");
        using var saved = await form.SubmitWithScopesAsync(staff,
            new Dictionary<string, string?> { ["DisplayName"] = "Nový název", ["Note"] = "Volá p. Novák, linka 123" }, [ApiClientsTesting.TestModuleRead]);
        var page = await saved.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Nový název", page.QuerySelector("#DisplayName")!.GetAttribute("value"));
        Assert.Equal("Volá p. Novák, linka 123", page.QuerySelector("#Note")!.TextContent);
        Assert.Null(page.QuerySelector($"input[value='{ApiClientsTesting.PortalHealth}'][checked]"));
        Assert.NotNull(page.QuerySelector($"input[value='{ApiClientsTesting.TestModuleRead}'][checked]"));
        Assert.Equal("invalid_scope", (await api.RequestTokenAsync(client.ClientId, client.Secret, ApiClientsTesting.PortalHealth)).Error);
        using var withOldToken = await api.GetWithTokenAsync("/api/v1/test-module/ping", oldToken);
        Assert.Equal(HttpStatusCode.Unauthorized, withOldToken.StatusCode);
        Assert.Contains("apiclient.updated", await AuditActionsAsync(client.ClientId));
    }

    [Fact]
    public async Task Editing_to_no_scope_is_refused_and_keeps_the_scopes()
    {
        var staff = await app.CreateStaffClientAsync();
        var client = await staff.CreateApiClientAsync("Bez rozsahu", ApiClientsTesting.PortalHealth);

        var form = await AntiforgeryForm.LoadAsync(staff, $"{ApiClientsTesting.AdminUrl}/{client.ClientId}", "form.client-edit");
        using var response = await form.SubmitWithScopesAsync(staff, new Dictionary<string, string?> { ["DisplayName"] = "" }, []);

        Assert.Contains("Vyberte alespoň jeden rozsah přístupu.", await response.ErrorsOnAsync());
        Assert.Contains("Zadejte název klienta", await response.ErrorsOnAsync());
        Assert.NotNull((await app.CreateApiClient().RequestTokenAsync(client.ClientId, client.Secret, ApiClientsTesting.PortalHealth)).AccessToken);
        Assert.Equal(["apiclient.created"], await AuditActionsAsync(client.ClientId));
    }

    [Fact]
    public async Task A_disabled_client_gets_no_token_and_its_tokens_stop_working_until_it_is_enabled_again()
    {
        var staff = await app.CreateStaffClientAsync();
        var client = await staff.CreateApiClientAsync("Dočasně vypnutý", ApiClientsTesting.PortalHealth);
        var api = app.CreateApiClient();
        var token = await api.TokenAsync(client);

        using var disabled = await AntiforgeryForm.PostAsync(staff, $"{ApiClientsTesting.AdminUrl}/{client.ClientId}", new Dictionary<string, string?>(), "form.client-disable");
        var refused = await api.RequestTokenAsync(client.ClientId, client.Secret);
        using var withOldToken = await api.GetWithTokenAsync(ApiClientsTesting.WhoAmIPath, token);

        Assert.Contains("Zakázaný", (await disabled.ReadHtmlAsync()).QuerySelector(".client-state")!.TextContent);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal("invalid_client", refused.Error);
        Assert.Null(refused.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, withOldToken.StatusCode);

        using var enabled = await AntiforgeryForm.PostAsync(staff, $"{ApiClientsTesting.AdminUrl}/{client.ClientId}", new Dictionary<string, string?>(), "form.client-enable");
        Assert.NotNull(await api.TokenAsync(client));
        Assert.Equal(["apiclient.created", "apiclient.disabled", "apiclient.enabled"], await AuditActionsAsync(client.ClientId));
    }

    [Fact]
    public async Task A_new_secret_is_shown_once_the_old_one_fails_and_the_new_one_works()
    {
        var staff = await app.CreateStaffClientAsync();
        var client = await staff.CreateApiClientAsync("Rotace tajemství", ApiClientsTesting.PortalHealth);
        var api = app.CreateApiClient();
        var oldToken = await api.TokenAsync(client);

        using var rotated = await AntiforgeryForm.PostAsync(staff, $"{ApiClientsTesting.AdminUrl}/{client.ClientId}", new Dictionary<string, string?>(), "form.client-rotate");
        var newSecret = (await rotated.ReadHtmlAsync()).QuerySelector(".client-secret")!.TextContent.Trim();

        Assert.NotEqual(client.Secret, newSecret);
        Assert.Equal("invalid_client", (await api.RequestTokenAsync(client.ClientId, client.Secret)).Error);
        Assert.NotNull(await api.TokenAsync(client with { Secret = newSecret }));
        using var withOldToken = await api.GetWithTokenAsync(ApiClientsTesting.WhoAmIPath, oldToken);
        Assert.Equal(HttpStatusCode.Unauthorized, withOldToken.StatusCode);
        Assert.DoesNotContain(newSecret, (await staff.GetHtmlAsync($"{ApiClientsTesting.AdminUrl}/{client.ClientId}")).DocumentElement.OuterHtml);
        Assert.Contains("apiclient.secret-rotated", await AuditActionsAsync(client.ClientId));
    }

    [Fact]
    public async Task Deleting_asks_first_then_removes_the_client_and_its_access()
    {
        var staff = await app.CreateStaffClientAsync();
        var client = await staff.CreateApiClientAsync("Na smazání", ApiClientsTesting.PortalHealth);
        var api = app.CreateApiClient();
        var token = await api.TokenAsync(client);

        var question = await staff.GetHtmlAsync($"{ApiClientsTesting.AdminUrl}/{client.ClientId}/smazat");
        Assert.Contains("Na smazání", question.QuerySelector("h1")!.TextContent);
        Assert.Equal(1, await CountAsync(client.ClientId));

        using var deleted = await AntiforgeryForm.PostAsync(staff, $"{ApiClientsTesting.AdminUrl}/{client.ClientId}/smazat",
            new Dictionary<string, string?>(), $"form[action$='/smazat']");

        Assert.Equal(0, await CountAsync(client.ClientId));
        Assert.Equal("invalid_client", (await api.RequestTokenAsync(client.ClientId, client.Secret)).Error);
        using var withOldToken = await api.GetWithTokenAsync(ApiClientsTesting.WhoAmIPath, token);
        Assert.Equal(HttpStatusCode.Unauthorized, withOldToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"{ApiClientsTesting.AdminUrl}/{client.ClientId}")).StatusCode);
        Assert.Contains("apiclient.deleted", await AuditActionsAsync(client.ClientId));
    }

    [Fact]
    public async Task An_editor_cannot_open_the_api_clients_admin_nor_post_to_it()
    {
        var editor = await app.CreateStaffAsync(StaffRoles.Editor);
        var client = await app.CreateStaffClientAsync(editor.Email, editor.Password);
        var before = await CountAsync();

        using var list = await client.GetAsync(ApiClientsTesting.AdminUrl);
        using var create = await client.GetAsync(ApiClientsTesting.AdminUrl + "/novy");
        var menu = await client.GetHtmlAsync("/admin");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Null(menu.QuerySelector($"a[href='{ApiClientsTesting.AdminUrl}']"));
        var admin = await app.CreateStaffClientAsync();
        Assert.NotNull((await admin.GetHtmlAsync("/admin")).QuerySelector($"a[href='{ApiClientsTesting.AdminUrl}']"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task The_list_pages_by_twenty_five()
    {
        var staff = await app.CreateStaffClientAsync();
        await app.InScopeAsync(async sp =>
        {
            var registry = sp.GetRequiredService<ApiClientRegistry>();
            for (var i = 0; i < ApiClientRegistry.PageSize + 1; i++)
            {
                var change = await registry.CreateAsync(
                    new ApiClientInput { DisplayName = $"Zz stránkovaný {i:00}", Scopes = [ApiClientsTesting.PortalHealth] }, default);
                Assert.True(change.Succeeded);
            }
            return true;
        });
        var total = await CountAsync();

        var first = await staff.GetHtmlAsync(ApiClientsTesting.AdminUrl);
        var lastPage = (total + ApiClientRegistry.PageSize - 1) / ApiClientRegistry.PageSize;
        var last = await staff.GetHtmlAsync($"{ApiClientsTesting.AdminUrl}?strana={lastPage}");

        Assert.Equal(ApiClientRegistry.PageSize, first.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(first.QuerySelector("a[rel='next']"));
        Assert.Equal(total - (lastPage - 1) * ApiClientRegistry.PageSize, last.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Zz stránkovaný 25", last.QuerySelector("tbody")!.TextContent);
    }

    private Task<int> CountAsync(string? clientId = null) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ApiClientsDbContext>().Clients.CountAsync(c => clientId == null || c.ClientId == clientId));

    private Task<List<string>> AuditActionsAsync(string clientId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().AuditEntries
            .Where(a => a.EntityType == "ApiClient" && a.EntityId == clientId).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
}
