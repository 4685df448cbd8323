using System.Net;

namespace Pelhrimov.Tests.Receivables;

/// <summary>The limits of <c>/zaplatit</c> come from configuration (<c>Receivables:PayWithCode</c>): an app of its own.</summary>
public sealed class PayWithCodeLimitsTests
{
    [Fact]
    public async Task Configured_limits_replace_the_defaults_for_addresses_and_variable_symbols()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings =
            {
                ["Receivables:PayWithCode:AttemptsPerMinutePerAddress"] = "3",
                ["Receivables:PayWithCode:FailuresPerVariableSymbol"] = "2",
                ["Receivables:PayWithCode:FailureWindow"] = "00:10:00",
            },
        });
        var api = await app.ApiClientAsync();
        var receivable = await api.CreateReceivableAsync();

        var visitor = app.Visitor();
        var fromOneAddress = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var attempt = await visitor.PayAsync(PayWithCodeTesting.NewSymbol(), "ABCD-EFGH");
            fromOneAddress.Add(attempt.StatusCode);
        }
        for (var i = 0; i < 2; i++)
        {
            (await app.Visitor().PayAsync(receivable.Symbol, "ABCD-EFGH")).Dispose();
        }
        using var locked = await app.Visitor().PayAsync(receivable.Symbol, receivable.Code);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], fromOneAddress);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.InRange(locked.Headers.RetryAfter!.Delta!.Value.TotalMinutes, 0.01, 10);
    }
}
