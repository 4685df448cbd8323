using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;

namespace Pelhrimov.BrowserTests;

/// <summary>
/// The workflow admin in a real browser: an editor builds a workflow in the form (a mistake first, then an action
/// added without JavaScript), tries it with sample data, and reads a run's log; every page on the way passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkflowsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_editor_walks_the_editor_the_try_run_and_a_runs_log_with_no_axe_violations()
    {
        var run = await RunAsync();
        await using var staff = await browser.OpenAsync("/admin/prihlaseni");
        var s = staff.Page;
        await s.GetByLabel("E-mail").FillAsync(PortalApp.AdminEmail);
        await s.GetByLabel("Heslo").FillAsync(PortalApp.AdminPassword);
        await s.Keyboard.PressAsync("Enter");
        await s.WaitForURLAsync(url => !url.Contains("/admin/prihlaseni", StringComparison.Ordinal));

        await s.GotoAsync("/admin/workflows");
        await Assertions.Expect(s.Locator("h1")).ToHaveTextAsync("Pracovní postupy");
        await AxeAssert.NoViolationsAsync(s);
        await s.GetByRole(AriaRole.Link, new() { Name = "Nový pracovní postup" }).ClickAsync();
        await s.GetByLabel("Spouštěč", new() { Exact = true }).SelectOptionAsync("filings.status-changed");
        await s.GetByRole(AriaRole.Button, new() { Name = "Uložit", Exact = true }).ClickAsync();
        await Assertions.Expect(s.Locator(".error-summary")).ToContainTextAsync("Vyplňte název pracovního postupu.");
        await AxeAssert.NoViolationsAsync(s);

        await s.GetByLabel("Název", new() { Exact = true }).FillAsync("Vyřízená podání odboru dopravy");
        await s.GetByLabel("Další akce").SelectOptionAsync("notify");
        await s.GetByRole(AriaRole.Button, new() { Name = "Přidat akci" }).ClickAsync();
        await Assertions.Expect(s.Locator("legend", new() { HasText = "Akce 1" })).ToContainTextAsync("Poslat oznámení podle šablony");
        await s.GetByLabel("Pole 1", new() { Exact = true }).SelectOptionAsync("newStatus");
        await s.GetByLabel("Hodnota 1").FillAsync("v-reseni");
        await AxeAssert.NoViolationsAsync(s);
        await s.GetByRole(AriaRole.Button, new() { Name = "Uložit", Exact = true }).ClickAsync();
        await Assertions.Expect(s.Locator("main")).ToContainTextAsync("Pracovní postup je uložený");
        await AxeAssert.NoViolationsAsync(s);

        await s.GetByRole(AriaRole.Button, new() { Name = "Vyzkoušet s ukázkovými daty" }).ClickAsync();
        await Assertions.Expect(s.Locator("#zkouska + p")).ToContainTextAsync("platí: postup by se spustil.");
        await Assertions.Expect(s.Locator("main")).ToContainTextAsync("Poslalo by se oznámení „Změna stavu podání“");
        await AxeAssert.NoViolationsAsync(s);

        await s.GotoAsync($"/admin/workflows/behy/{run}");
        await Assertions.Expect(s.Locator("table")).ToContainTextAsync("Dočasná chyba");
        await AxeAssert.NoViolationsAsync(s);
        await s.GotoAsync("/admin/workflows/behy");
        await AxeAssert.NoViolationsAsync(s);
        Assert.Empty(staff.Problems);
    }

    // A run of a sample workflow with a retried step, as the engine logs it.
    private Task<Guid> RunAsync() => browser.App.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<WorkflowsDbContext>();
        var id = Guid.NewGuid();
        db.Instances.Add(new WorkflowInstance
        {
            Id = id, WorkflowId = Guid.Parse("5f1f0c3e-2a41-4c61-9d7e-000000000001"), Version = 1, SourceKey = "test:" + id,
            Status = InstanceStatus.Completed, CreatedUtc = DateTime.UtcNow, FinishedUtc = DateTime.UtcNow, NextRunUtc = DateTime.UtcNow,
        });
        db.Steps.Add(new StepLog { InstanceId = id, Action = "notify", Attempt = 1, Outcome = StepOutcome.Failed, Error = "Dočasná chyba", StartedUtc = DateTime.UtcNow });
        db.Steps.Add(new StepLog { InstanceId = id, Action = "notify", Attempt = 2, Outcome = StepOutcome.Done, Result = "Oznámení: zpráv 2.", StartedUtc = DateTime.UtcNow, DurationMs = 12 });
        await db.SaveChangesAsync();
        return id;
    });
}
