using Pelhrimov.BackOfficeSimulator;

namespace Pelhrimov.Tests.BackOffice;

/// <summary>
/// The HTTP connector's circuit breaker against the back-office simulator, and its meters in a scrape. Alone in the
/// process (<see cref="SoleHostCollection"/>): the circuit's gauge is made by each
/// host's meter factory, and another test host's disposal would end its stream in this app's scrape.
/// </summary>
[Collection(SoleHostCollection.Name)]
public sealed class CircuitBreakerTests(BackOfficeFixture fixture) : IClassFixture<BackOfficeFixture>
{
    [Fact]
    public async Task An_open_circuit_answers_from_the_last_good_answer_at_once_without_calling_the_back_office()
    {
        var jan = await fixture.CitizenAsync("jan-novak", "OS-000001");
        await fixture.HealthyAsync(jan.Client);

        fixture.Faults.Set(FaultMode.Down);
        try
        {
            // Each failing page adds attempts; once the breaker has seen enough failures, pages stop reaching the back office.
            var opened = false;
            for (var i = 0; i < 10 && !opened; i++)
            {
                var before = fixture.Faults.Requests;
                var (_, page) = await BackOfficeFixture.GetAsync(jan.Client, "/muj-portal/platby");
                Assert.StartsWith("Údaje k ", HttpConnectorTests.Notice(page), StringComparison.Ordinal);
                opened = fixture.Faults.Requests == before;
            }
            Assert.True(opened, "The circuit never opened: every page still called the back office.");

            // "At once" is that no attempt is made (none to wait for), not a wall-clock bound, which a loaded machine breaks.
            var requests = fixture.Faults.Requests;
            var (_, cached) = await BackOfficeFixture.GetAsync(jan.Client, "/muj-portal/platby");
            Assert.Equal(HttpConnectorTests.JanOutstanding, HttpConnectorTests.OutstandingLinks(cached));
            Assert.Equal(requests, fixture.Faults.Requests);

            // ADR 0051: the circuit's gauge says open (or half-open, should its break have ended), and the calls it refused are counted.
            var metrics = await PrometheusScrape.ScrapeAsync(fixture.App, BackOfficeFixture.MetricsToken);
            Assert.InRange(PrometheusScrape.Sum(metrics, "portal_back_office_circuit_state", "connector=\"receivables\""), 1, 2);
            Assert.True(PrometheusScrape.Sum(metrics, "portal_back_office_call_duration_seconds_count", "connector=\"receivables\"", "outcome=\"circuit-open\"") >= 1,
                "No call refused by the open circuit was counted.");
            Assert.True(PrometheusScrape.Sum(metrics, "portal_back_office_call_duration_seconds_count", "connector=\"receivables\"", "outcome=\"success\"") >= 1,
                "No successful call was counted.");
        }
        finally
        {
            fixture.Faults.Set(FaultMode.None);
        }
    }
}
