using Pelhrimov.Tests.Infrastructure;

namespace Pelhrimov.BrowserTests;

/// <summary>
/// The form builder by keyboard alone: a step with a text field, a yes/no question and a field shown only after "yes",
/// each change returning the focus to the item, the live preview following (after each save, and with the script while
/// typing), axe with no violations on the builder.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormBuilderBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_editor_builds_a_small_form_by_keyboard_and_sees_it_in_the_live_preview_with_no_axe_violations()
    {
        var context = await browser.NewContextAsync();
        await using var _ = context;
        var p = await context.NewPageAsync();
        await p.GotoAsync("/admin/prihlaseni");
        await TypeIntoAsync(p.GetByLabel("E-mail"), PortalApp.AdminEmail);
        await TypeIntoAsync(p.GetByLabel("Heslo"), PortalApp.AdminPassword);
        await p.Keyboard.PressAsync("Enter");
        await p.WaitForURLAsync(url => !url.Contains("/admin/prihlaseni"));

        // A new form without code: its title and address, then straight into its builder.
        await p.GotoAsync("/admin/formulare/novy");
        await TypeIntoAsync(p.GetByLabel("Název formuláře"), "Přihláška psa");
        await TypeIntoAsync(p.GetByLabel("Webová adresa (nepovinné)"), "prihlaska-psa-z-prohlizece");
        await AxeAssert.NoViolationsAsync(p);
        await PressButtonAsync(p, "Vytvořit a sestavit");
        await p.WaitForURLAsync(url => url.EndsWith("/admin/formulare/prihlaska-psa-z-prohlizece/sestavit", StringComparison.Ordinal));

        // A step with its first (text) field.
        await TypeIntoAsync(p.GetByLabel("Název kroku"), "Pes");
        await TypeIntoAsync(p.GetByLabel("První otázka kroku"), "Jméno majitele");
        await PressButtonAsync(p, "Přidat krok");
        await Assertions.Expect(p.Locator("#fb_item-jmeno-majitele")).ToBeFocusedAsync();
        await Assertions.Expect(p.Locator("#fb_preview label[for='jmeno-majitele']")).ToHaveTextAsync("Jméno majitele (nepovinné)");

        // A yes/no question in the same section, then a text field.
        await TypeIntoAsync(p.GetByLabel("Otázka nového pole"), "Máte psa?");
        await p.GetByLabel("Druh nového pole").FocusAsync();
        await p.Keyboard.TypeAsync("Ano");
        await PressButtonAsync(p, "Přidat pole");
        await Assertions.Expect(p.Locator("#fb_item-mate-psa")).ToBeFocusedAsync();
        await Assertions.Expect(p.Locator("#fb_preview")).ToContainTextAsync("Máte psa?");
        await TypeIntoAsync(p.GetByLabel("Otázka nového pole"), "Jméno psa");
        await PressButtonAsync(p, "Přidat pole");
        await Assertions.Expect(p.Locator("#fb_item-jmeno-psa")).ToBeFocusedAsync();

        // Shown only when the answer is yes: the preview hides it and says when it appears.
        await p.GetByLabel("Když pole", new() { Exact = true }).FocusAsync();
        await p.Keyboard.TypeAsync("Máte");
        await TypeIntoAsync(p.GetByLabel("Hodnota", new() { Exact = true }), "Ano");
        await p.Keyboard.PressAsync("Enter");
        await Assertions.Expect(p.Locator("#fb_item-jmeno-psa")).ToBeFocusedAsync();
        await Assertions.Expect(p.Locator("#fb_preview .builder-preview__hidden")).ToContainTextAsync("Pole „Jméno psa“ se zobrazí, když „Máte psa?“ je rovno „Ano“.");
        await Assertions.Expect(p.Locator("#fb_preview input#jmeno-psa")).ToHaveCountAsync(0);
        await Assertions.Expect(p.GetByRole(AriaRole.Button, new() { Name = "Posunout nahoru: Jméno psa" })).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(p);

        // With the script, the preview follows the settings while typing and says so politely.
        await p.GotoAsync("/admin/formulare/prihlaska-psa-z-prohlizece/sestavit?vyber=jmeno-majitele");
        await TypeIntoAsync(p.GetByLabel("Otázka (popisek pole)"), " a příjmení");
        await Assertions.Expect(p.Locator("#fb_preview label[for='jmeno-majitele']")).ToHaveTextAsync("Jméno majitele a příjmení (nepovinné)");
        await Assertions.Expect(p.Locator("#fb_preview-status[role='status']")).ToHaveTextAsync("Náhled je aktualizovaný.");
        await AxeAssert.NoViolationsAsync(p);
        await DomAssert.ConformsAsync(p);
    }

    private static async Task TypeIntoAsync(ILocator input, string text)
    {
        await input.FocusAsync();
        await input.Page.Keyboard.PressAsync("End");
        await input.Page.Keyboard.TypeAsync(text);
    }

    private static async Task PressButtonAsync(IPage page, string name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
    }
}
