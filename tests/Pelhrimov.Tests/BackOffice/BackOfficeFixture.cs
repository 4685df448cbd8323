using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Dom;
using Pelhrimov.BackOfficeSimulator;

namespace Pelhrimov.Tests.BackOffice;

/// <summary>
/// The back-office simulator on its own port and a portal whose receivables and filings connectors are the HTTP ones,
/// pointed at it, with short timeouts and a circuit that opens after a few failures and closes again after a second.
/// Citizens are signed in once per app (one persona is one account).
/// </summary>
public sealed class BackOfficeFixture : IAsyncLifetime
{
    public const string FinanceDown = "finanční systém města teď neodpovídá, zobrazujeme poslední známý stav.";
    public const string RecordsDown = "spisová služba teď neodpovídá, zobrazujeme poslední známý stav.";
    public const string MetricsToken = "zkusebni-token-konektoru";
    public const string NothingKept = "teď neodpovídá a poslední známý stav nemáme uložený";

    private readonly ConcurrentDictionary<string, Task<LinkedCitizen>> citizens = new();

    public StartedSimulator Simulator { get; private set; } = null!;

    public PortalApp App { get; private set; } = null!;

    public Faults Faults => Simulator.Faults;

    public async ValueTask InitializeAsync()
    {
        Simulator = await BackOfficeSimulatorApp.StartAsync();
        var settings = new Dictionary<string, string?>();
        foreach (var module in new[] { "Receivables", "Filings" })
        {
            var section = module + ":Connector:";
            settings[section + "Kind"] = "Http";
            settings[section + "BaseUrl"] = Simulator.BaseUrl.AbsoluteUri;
            settings[section + "ApiKey"] = BackOfficeSimulatorApp.DefaultApiKey;
            settings[section + "AttemptTimeout"] = "00:00:00.400";
            settings[section + "TotalTimeout"] = "00:00:01.200";
            settings[section + "Retries"] = "1";
            settings[section + "RetryDelay"] = "00:00:00.050";
            settings[section + "MinimumThroughput"] = "4";
            settings[section + "SamplingDuration"] = "00:00:10";
            settings[section + "BreakDuration"] = "00:00:01";
        }
        settings[Pelhrimov.Core.Observability.ObservabilitySettings.ScrapeTokenKey] = MetricsToken;   // the connectors' meters
        App = await PortalApp.StartAsync(options: new PortalAppOptions { Settings = settings });
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Simulator.DisposeAsync();
    }

    public Task<LinkedCitizen> CitizenAsync(string persona, string personId) =>
        citizens.GetOrAdd(persona, _ => App.SignInLinkedCitizenAsync(persona, personId));

    /// <summary>
    /// Back to a healthy back office, then waits until <paramref name="client"/>'s <paramref name="path"/> is live (the
    /// circuit may still be open from a previous test: it lets a call through after its break).
    /// </summary>
    public async Task<IDocument> HealthyAsync(HttpClient client, string path = "/muj-portal/platby")
    {
        Faults.Set(FaultMode.None);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var page = await client.GetHtmlAsync(path);
            if (page.QuerySelector(".back-office-notice") is null)
            {
                return page;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{path} still shows '{page.QuerySelector(".back-office-notice")!.TextContent.Trim()}'.");
            }
            await Task.Delay(50);   // poll interval while an open circuit waits for its break to end
        }
    }

    /// <summary>GET that must not be a server error; the page and its status.</summary>
    public static async Task<(HttpStatusCode Status, IDocument Page)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}.");
        return (response.StatusCode, await response.ReadHtmlAsync());
    }
}
