using System.Net;
using Pelhrimov.Tests.Citizens;

namespace Pelhrimov.Tests.Receivables;

/// <summary>
/// Who may open <c>/muj-portal/platby</c>: identified citizens only; a receivable of anyone else is 404. What a citizen
/// linked to a back-office person sees is in <see cref="CitizenPaymentsTests"/> (it links through the People module).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CitizenPaymentsAccessTests(PortalApp app)
{
    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_sign_in()
    {
        using var response = await app.CreateClient(allowAutoRedirect: false).GetAsync("/muj-portal/platby");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/prihlaseni?", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citizen_signed_in_with_a_password_is_told_why_and_how_to_get_identified()
    {
        const string password = "Heslo-Pro-Platby-2026";
        await EidSignIn.RegisteredAccountAsync(app, "platby-heslo@example.cz", password);
        var client = app.CreateClient();
        using var signIn = await AntiforgeryForm.PostAsync(client, "/prihlaseni", new Dictionary<string, string?>
        {
            ["Input.Email"] = "platby-heslo@example.cz",
            ["Input.Password"] = password,
        }, "form[action='/prihlaseni']");
        var http = await app.ApiClientAsync();
        var id = ReceivablesTesting.NewId();
        (await http.PutReceivableAsync(id, ReceivablesTesting.Body())).Dispose();

        var list = await client.GetHtmlAsync("/muj-portal/platby");
        var detail = await client.GetHtmlAsync("/muj-portal/platby/" + id);
        var area = await client.GetHtmlAsync("/muj-portal");

        Assert.Contains("Identitu občana", list.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/prihlaseni/eid?returnUrl=%2Fmuj-portal%2Fplatby", list.QuerySelector("main a[href^='/prihlaseni/eid']")!.GetAttribute("href"));
        Assert.Null(list.QuerySelector("table"));
        Assert.Null(detail.QuerySelector(".payment-instructions"));
        Assert.DoesNotContain("K zaplacení", area.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_identified_citizen_without_a_link_sees_no_receivables_and_any_id_is_404()
    {
        var http = await app.ApiClientAsync();
        var id = ReceivablesTesting.NewId();
        (await http.PutReceivableAsync(id, ReceivablesTesting.Body(personId: "OS-999999"))).Dispose();
        var client = app.CreateClient(allowAutoRedirect: false);
        await EidSignIn.SignInAsync(client, "josef-marek");

        var list = await client.GetHtmlAsync("/muj-portal/platby");
        using var detail = await client.GetAsync("/muj-portal/platby/" + id);
        using var guessed = await client.GetAsync("/muj-portal/platby/neexistuje");

        Assert.Contains("nevidíme žádné poplatky", list.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.DoesNotContain(id, await detail.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
