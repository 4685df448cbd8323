using System.Globalization;
using System.Text.RegularExpressions;

namespace Pelhrimov.BrowserTests;

/// <summary>
/// Two more sample forms filled end to end in a real browser, signed in through the eID simulator: the dog registration
/// (a question shown by an answer of the same step without a round trip, a second dog added, the fee computed) and the
/// hall rental (questions for an association shown at once, the rent recomputed as the hours are typed). Every step,
/// an error state, check your answers and the confirmation pass axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SampleFormsBrowserTests(BrowserFixture browser)
{
    private static readonly CultureInfo Czech = CultureInfo.GetCultureInfo("cs-CZ");

    [Fact]
    public async Task The_dog_registration_is_filled_with_an_instant_question_two_dogs_and_the_fee_and_sent()
    {
        await using var page = await browser.OpenAsync("/prihlaseni");
        var p = page.Page;
        await CitizenSignInBrowserTests.SignInWithEidAsync(p, browser.NiaAddress, "PAVEL ČERNÝCH");
        await StartAsync(p, "ohlaseni-psa", "krok-drzitel");
        await Assertions.Expect(p.Locator(".form-verified").First).ToContainTextAsync("Ověřeno přes Identitu občana");

        // The simulator gives Pavel Černých no e-mail, which the form requires.
        await ContinueAsync(p);
        await Assertions.Expect(p.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(p.Locator("#email-error")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(p);
        await p.GetByLabel("E-mail").FillAsync("pavel.cernych@example.cz");
        await ContinueAsync(p, "krok-bydleni");

        // The pension decision is asked only after "Ano", on the same page: no request, the focus stays on the answer.
        var decision = p.GetByLabel("Rozhodnutí o přiznání důchodu");
        await Assertions.Expect(decision).ToBeHiddenAsync();
        await MarkPageAsync(p);
        await ChooseAsync(p.GetByLabel("Ano", new() { Exact = true }));
        await Assertions.Expect(decision).ToBeVisibleAsync();
        await Assertions.Expect(p.Locator("[data-instant-status]")).ToContainTextAsync("Přibyla otázka: Rozhodnutí o přiznání důchodu");
        await Assertions.Expect(p.GetByLabel("Ano", new() { Exact = true })).ToBeFocusedAsync();
        await AxeAssert.NoViolationsAsync(p);
        await ChooseAsync(p.GetByLabel("Ne", new() { Exact = true }));
        await Assertions.Expect(decision).ToBeHiddenAsync();
        await AssertSamePageAsync(p);
        await ChooseAsync(p.GetByLabel("Byt nebo rodinný dům v Pelhřimově"));
        var since = DateOnly.FromDateTime(DateTime.Now).AddDays(-10);
        await p.GetByLabel("Od kdy psa držíte").FillAsync(since.ToString("d. M. yyyy", Czech));
        await ContinueAsync(p, "krok-psi");

        await FillDogAsync(p, 0, "Rek", "fena", "203098100123456");
        await p.GetByRole(AriaRole.Button, new() { Name = "Přidat dalšího psa" }).ClickAsync();
        await Assertions.Expect(p.Locator("[name='psi[1].jmeno-psa']")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(p);
        await FillDogAsync(p, 1, "Alík", "pes", "203098100654321");
        await ContinueAsync(p, "krok-poplatek");

        // The first dog 600 Kč, the second 900 Kč a year, for the months left of this year.
        var fee = Math.Round(1500m * (12 - since.Month + 1) / 12, MidpointRounding.AwayFromZero);
        await Assertions.Expect(p.Locator("output.form-computed")).ToHaveTextAsync(fee.ToString("N0", Czech) + "\u00A0Kč");
        await ContinueAsync(p, "kontrola");
        await Assertions.Expect(p.Locator("main")).ToContainTextAsync("Alík");
        await SubmitAsync(p);
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task The_hall_rental_shows_the_association_questions_and_the_rent_at_once_and_is_sent()
    {
        await using var page = await browser.OpenAsync("/prihlaseni");
        var p = page.Page;
        await CitizenSignInBrowserTests.SignInWithEidAsync(p, browser.NiaAddress, "Tereza Dvořáková");
        await StartAsync(p, "pronajem-salu", "krok-najemce");

        await ContinueAsync(p);
        await Assertions.Expect(p.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(p.Locator("#typ-najemce-error")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(p);

        var organisation = p.GetByLabel("Název spolku, školy nebo firmy");
        await Assertions.Expect(organisation).ToBeHiddenAsync();
        await MarkPageAsync(p);
        await ChooseAsync(p.GetByLabel("Pelhřimovský spolek nebo škola"));
        await Assertions.Expect(organisation).ToBeVisibleAsync();
        await Assertions.Expect(p.GetByLabel("IČO")).ToBeVisibleAsync();
        await AssertSamePageAsync(p);
        await AxeAssert.NoViolationsAsync(p);
        await organisation.FillAsync("Sbor dobrovolných hasičů Pelhřimov");
        await p.GetByLabel("IČO").FillAsync("00248801");
        if (await p.GetByLabel("Jméno a příjmení kontaktní osoby").CountAsync() > 0)
        {
            await p.GetByLabel("Jméno a příjmení kontaktní osoby").FillAsync("Tereza Dvořáková");
        }
        await p.GetByLabel("E-mail").FillAsync("tereza.dvorakova@example.cz");
        await p.GetByLabel("Ulice (nebo část obce)").FillAsync("Nádražní");
        await p.GetByLabel("Číslo popisné / orientační").FillAsync("1254");
        await p.GetByLabel("Obec").FillAsync("Pelhřimov");
        await p.GetByLabel("PSČ").FillAsync("393 01");
        await ContinueAsync(p, "krok-akce");

        // The rent follows the hall and the hours as they are typed (an association pays half).
        var rent = p.Locator("output.form-computed");
        await Assertions.Expect(rent).ToHaveTextAsync("Spočítáme po vyplnění údajů výše.");
        await MarkPageAsync(p);
        await ChooseAsync(p.GetByLabel("Velký sál Kulturního domu Máj"));
        await p.GetByLabel("Počet hodin pronájmu").FillAsync("4");
        await Assertions.Expect(rent).ToHaveTextAsync("2\u00A0800\u00A0Kč");
        await ChooseAsync(p.GetByLabel("Malý sál Kulturního domu Máj"));
        await Assertions.Expect(rent).ToHaveTextAsync("1\u00A0200\u00A0Kč");
        await AssertSamePageAsync(p);
        await p.GetByLabel("Název a druh akce").FillAsync("Hasičský ples");
        await p.GetByLabel("Datum akce").FillAsync(DateOnly.FromDateTime(DateTime.Now).AddDays(40).ToString("d. M. yyyy", Czech));
        await p.GetByLabel("Od kolika do kolika hodin").FillAsync("18:00–22:00");
        await p.GetByLabel("Předpokládaný počet hostů").FillAsync("90");
        await ContinueAsync(p, "kontrola");
        await Assertions.Expect(p.Locator("main")).ToContainTextAsync("Sbor dobrovolných hasičů Pelhřimov");
        await Assertions.Expect(p.Locator("main")).ToContainTextAsync("1\u00A0200\u00A0Kč");
        await SubmitAsync(p);
        Assert.Empty(page.Problems);
    }

    private static async Task StartAsync(IPage p, string slug, string firstStep)
    {
        await p.GotoAsync("/formulare/" + slug);
        await AxeAssert.NoViolationsAsync(p);
        await p.GetByRole(AriaRole.Button, new() { Name = "Začít vyplňovat" }).ClickAsync();
        await p.WaitForURLAsync(u => u.EndsWith("/krok/" + firstStep, StringComparison.Ordinal));
        await AxeAssert.NoViolationsAsync(p);
    }

    /// <summary>"Pokračovat"; with <paramref name="next"/> (a step id or <c>kontrola</c>) waits for that page and runs axe on it.</summary>
    private static async Task ContinueAsync(IPage p, string? next = null)
    {
        await p.GetByRole(AriaRole.Button, new() { Name = "Pokračovat" }).ClickAsync();
        if (next is null)
        {
            await p.WaitForLoadStateAsync();
            return;
        }
        try
        {
            await p.WaitForURLAsync(u => u.EndsWith("/" + next, StringComparison.Ordinal), new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Still at {p.Url}: {await p.Locator("main").InnerTextAsync()}");
        }
        await AxeAssert.NoViolationsAsync(p);
    }

    private static async Task FillDogAsync(IPage p, int index, string name, string sex, string chip)
    {
        var item = $"psi[{index}].";
        await p.Locator($"[name='{item}jmeno-psa']").FillAsync(name);
        await p.Locator($"[name='{item}plemeno']").FillAsync("kříženec");
        await ChooseAsync(p.Locator($"[name='{item}pohlavi'][value='{sex}']"));
        await p.Locator($"[name='{item}narozeni-psa']").FillAsync("12. 3. 2022");
        await p.Locator($"[name='{item}cip']").FillAsync(chip);
    }

    /// <summary>Ticks a radio button or checkbox by keyboard (the inputs are drawn by their labels).</summary>
    private static async Task ChooseAsync(ILocator choice)
    {
        await choice.FocusAsync();
        await choice.PressAsync("Space");
    }

    private static async Task SubmitAsync(IPage p)
    {
        await AxeAssert.NoViolationsAsync(p);
        await ChooseAsync(p.Locator("#prohlaseni"));
        await p.GetByRole(AriaRole.Button, new() { Name = "Odeslat formulář" }).ClickAsync();
        await p.WaitForURLAsync(u => u.Contains("/formulare/podani/P-", StringComparison.Ordinal));
        await Assertions.Expect(p.Locator(".panel__reference")).ToHaveTextAsync(new Regex("^P-\\d{4}-[2-9A-Z]{5}$"));
        await AxeAssert.NoViolationsAsync(p);
    }

    /// <summary>Marks the loaded document, so that <see cref="AssertSamePageAsync"/> proves no page was loaded since.</summary>
    private static Task MarkPageAsync(IPage p) => p.EvaluateAsync("() => { window.instantMark = true; }");

    private static async Task AssertSamePageAsync(IPage p) =>
        Assert.True(await p.EvaluateAsync<bool>("() => window.instantMark === true"), "The page was loaded again: the change took a round trip.");
}
