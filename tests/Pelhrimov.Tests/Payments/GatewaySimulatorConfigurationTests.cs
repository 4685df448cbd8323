using System.Net;

namespace Pelhrimov.Tests.Payments;

/// <summary>Apps of their own: the gateway simulator switched off, refused in Production, off there by default.</summary>
[SameOnEveryDatabase]
public sealed class GatewaySimulatorConfigurationTests
{
    [Fact]
    public async Task When_disabled_none_of_its_addresses_exist()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { Settings = { ["PaymentGatewaySimulator:Enabled"] = "false" } });
        var client = app.CreateClient(allowAutoRedirect: false);
        var form = new Dictionary<string, string> { ["merchant"] = "123456", ["transId"] = "AAAA-BBBB-CCCC", ["secret"] = "x" };

        using var page = await client.GetAsync("/platebni-brana-simulator/platba/AAAA-BBBB-CCCC");
        using var status = await client.PostAsync("/platebni-brana-simulator/v1.0/status", new FormUrlEncodedContent(form));
        using var neverExisted = await client.PostAsync("/nic-takoveho/v1.0/status", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(neverExisted.StatusCode, status.StatusCode);
        Assert.NotEqual("application/x-www-form-urlencoded", status.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_app_refuses_to_start_in_Production_with_the_simulator_enabled()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { ["environment"] = "Production", ["App:PublicUrl"] = "https://portal.pelhrimov.example/", ["PaymentGatewaySimulator:Enabled"] = "true" },
        }));

        Assert.Contains("PaymentGatewaySimulator:Enabled is true in the Production environment", failure.ToString());
    }

    [Fact]
    public async Task In_Production_the_simulator_is_off_by_default()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { ["environment"] = "Production", ["App:PublicUrl"] = "https://portal.pelhrimov.example/" },
        });

        using var response = await app.CreateClient().PostAsync("/platebni-brana-simulator/v1.0/create",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["merchant"] = "123456" }));

        Assert.NotEqual("application/x-www-form-urlencoded", response.Content.Headers.ContentType?.MediaType);
    }
}
