using System.Net;
using AngleSharp.Dom;
using Pelhrimov.Receivables.CardPayments.Controllers;

namespace Pelhrimov.Tests.Receivables.CardPayments;

/// <summary>The steps of a card payment over HTTP: the citizen's cart, the payer on the simulator's page, the return.</summary>
internal static class CardPaymentFlow
{
    /// <summary>Posts the cart with <paramref name="receivableIds"/> chosen, with the antiforgery token of the cart page.</summary>
    public static async Task<HttpResponseMessage> PostCartAsync(HttpClient citizen, params string[] receivableIds)
    {
        var form = await AntiforgeryForm.LoadAsync(citizen, CardPaymentPaths.Cart, "main form[method=post]");
        var fields = new List<KeyValuePair<string, string>> { new(AntiforgeryForm.TokenField, form.Token!) };
        fields.AddRange(receivableIds.Select(id => new KeyValuePair<string, string>(CardPaymentPaths.Field, id)));
        return await citizen.PostAsync(form.Action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Starts the payment and returns the gateway's payment page the citizen is sent on to.</summary>
    public static async Task<Uri> StartAsync(HttpClient citizen, params string[] receivableIds)
    {
        using var response = await PostCartAsync(citizen, receivableIds);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Přechod na platební bránu", page.QuerySelector("h1")!.TextContent.Trim());
        var href = page.QuerySelector("main a.button")!.GetAttribute("href")!;
        Assert.Contains($"0;url={href}", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"), StringComparison.Ordinal);
        return new Uri(href);
    }

    /// <summary>The payer acts on the simulator's page; returns the address the gateway sends them back to (our return page).</summary>
    public static async Task<Uri> ActAtGatewayAsync(PortalApp gateway, Uri paymentPage, string action, Dictionary<string, string?>? switches = null)
    {
        var payer = gateway.CreateClient(allowAutoRedirect: false);
        var values = new Dictionary<string, string?>(switches ?? []) { ["akce"] = action };
        using var response = await AntiforgeryForm.PostAsync(payer, paymentPage.PathAndQuery, values);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Uri((await response.ReadHtmlAsync()).QuerySelector("a.button")!.GetAttribute("href")!);
    }

    public static string ReferenceOf(Uri returnUrl) => returnUrl.Segments[^1];

    public static List<string[]> Rows(IDocument page, string table) =>
        [.. page.QuerySelectorAll(table + " tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())];
}
