using System.Net;
using Pelhrimov.Forms.Definitions;
using static Pelhrimov.Tests.Forms.Admin.FormBuilderTesting;

namespace Pelhrimov.Tests.Forms.Admin;

/// <summary>The builder's structure over HTTP: steps and sections added, items moved and deleted, a condition, a repeatable section.</summary>
public sealed class FormBuilderStructureTests(SharedPortalApp app)
{
    [Fact]
    public async Task Moving_and_deleting_reorder_and_remove_items_and_the_focus_returns_to_the_moved_item()
    {
        var editor = await app.EditorAsync();
        var slug = await app.DraftFormAsync("presuny");
        var outline = await editor.GetHtmlAsync(Builder(slug));
        Assert.Equal(["Posunout dolů: Jméno a příjmení", "Smazat: Jméno a příjmení"],
            outline.QuerySelectorAll($"form[action^='/admin/formulare/{slug}/sestavit/jmeno/'] button").Select(b => b.GetAttribute("aria-label")));

        using var up = await PostAsync(editor, slug, null, "/poznamka/nahoru", []);
        var page = await up.ReadHtmlAsync();
        Assert.Equal(["poznamka", "jmeno"], (await app.DraftAsync(slug)).Steps[0].Sections[0].Fields.Select(f => f.Id));
        // At the top it cannot go up again: the focus is on its link, and its "down" button is there.
        Assert.NotNull(page.QuerySelector("a#fb_item-poznamka[autofocus]"));
        using var down = await PostAsync(editor, slug, null, "/poznamka/dolu", []);
        Assert.NotNull((await down.ReadHtmlAsync()).QuerySelector("a#fb_item-poznamka[autofocus]"));
        using var upAgain = await PostAsync(editor, slug, null, "/poznamka/nahoru", []);
        using var downAgain = await PostAsync(editor, slug, null, "/jmeno/nahoru", []);
        Assert.Equal(["jmeno", "poznamka"], (await app.DraftAsync(slug)).Steps[0].Sections[0].Fields.Select(f => f.Id));

        using var step = await PostAsync(editor, slug, null, "/pridat-krok", new() { ["krok.Label"] = "Kontakt", ["krok.FirstLabel"] = "E-mail", ["krok.Type"] = "email" });
        Assert.NotNull((await step.ReadHtmlAsync()).QuerySelector("a#fb_item-e-mail[autofocus]"));
        using var stepUp = await PostAsync(editor, slug, null, "/kontakt/nahoru", []);
        Assert.Equal(["kontakt", "udaje"], (await app.DraftAsync(slug)).Steps.Select(s => s.Id));

        using var deleted = await PostAsync(editor, slug, null, "/poznamka/smazat", []);
        var afterDelete = await deleted.ReadHtmlAsync();
        Assert.Equal(["jmeno"], (await app.DraftAsync(slug)).Steps[1].Sections[0].Fields.Select(f => f.Id));
        Assert.NotNull(afterDelete.QuerySelector("a#fb_item-zadatel[autofocus]"));
        Assert.Contains("je smazané", afterDelete.QuerySelector(".flash")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_field_of_a_step_cannot_be_deleted_and_an_impossible_setting_is_refused_next_to_its_input_storing_nothing()
    {
        var editor = await app.EditorAsync();
        var slug = await app.DraftFormAsync("odmitnuti");
        await PostAsync(editor, slug, null, "/poznamka/smazat", []);
        var before = await app.DraftJsonAsync(slug);

        using var last = await PostAsync(editor, slug, null, "/jmeno/smazat", []);
        Assert.Equal(HttpStatusCode.BadRequest, last.StatusCode);
        Assert.Contains("Krok „Vaše údaje“: Krok nemá žádné pole.", Errors(await last.ReadHtmlAsync()), StringComparison.Ordinal);

        await PostAsync(editor, slug, "zadatel", "/zadatel/pridat-pole", new() { ["pole.Label"] = "Částka", ["pole.Type"] = "amount" });
        before = await app.DraftJsonAsync(slug);
        using var range = await PostAsync(editor, slug, "castka", "/castka/upravit", new() { ["b.Min"] = "500", ["b.Max"] = "100", ["b.Label"] = "Kolik" });
        var page = await range.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.BadRequest, range.StatusCode);
        Assert.Equal("Nejmenší hodnota (min) je větší než největší (max).", page.QuerySelector("#b_Min-error")!.TextContent);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#b_Min']"));
        Assert.Equal(("500", "Kolik"), (page.QuerySelector("#b_Min")!.GetAttribute("value"), page.QuerySelector("#b_Label")!.GetAttribute("value")));

        using var notNumber = await PostAsync(editor, slug, "castka", "/castka/upravit", new() { ["b.Max"] = "hodně" });
        Assert.Equal("Zadejte číslo, například 1 500 nebo 0,5.", (await notNumber.ReadHtmlAsync()).QuerySelector("#b_Max-error")!.TextContent);
        using var noLabel = await PostAsync(editor, slug, null, "/pridat-krok", new() { ["krok.Label"] = " ", ["krok.FirstLabel"] = "" });
        var noLabelPage = await noLabel.ReadHtmlAsync();
        Assert.Equal("Zadejte název kroku.", noLabelPage.QuerySelector("#krok_Label-error")!.TextContent);
        Assert.NotNull(noLabelPage.QuerySelector("#krok_FirstLabel-error"));
        Assert.Equal(before, await app.DraftJsonAsync(slug));
    }

    [Fact]
    public async Task A_field_shown_only_when_an_earlier_yes_no_answer_is_yes_is_stored_as_a_condition_and_hidden_in_the_preview()
    {
        var editor = await app.EditorAsync();
        var slug = await app.DraftFormAsync("podminka");
        await PostAsync(editor, slug, "zadatel", "/zadatel/pridat-pole", new() { ["pole.Label"] = "Máte psa?", ["pole.Type"] = "yes-no" });
        await PostAsync(editor, slug, "zadatel", "/zadatel/pridat-pole", new() { ["pole.Label"] = "Jméno psa", ["pole.Type"] = "text" });
        var options = (await editor.GetHtmlAsync(Builder(slug, "jmeno-psa"))).QuerySelectorAll("#b_WhenField option").Select(o => o.GetAttribute("value"));
        Assert.Equal(["", "jmeno", "poznamka", "mate-psa"], options);

        using var wrong = await PostAsync(editor, slug, "jmeno-psa", "/jmeno-psa/upravit", new() { ["b.WhenField"] = "mate-psa", ["b.WhenOperator"] = "equals", ["b.WhenValue"] = "Možná" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("Pole „Máte psa?“ má jen tyto možnosti: Ano, Ne.", (await wrong.ReadHtmlAsync()).QuerySelector("#b_WhenValue-error")!.TextContent);

        using var set = await PostAsync(editor, slug, "jmeno-psa", "/jmeno-psa/upravit", new() { ["b.WhenField"] = "mate-psa", ["b.WhenOperator"] = "equals", ["b.WhenValue"] = "Ano" });
        var page = await set.ReadHtmlAsync();
        Assert.True(set.StatusCode == HttpStatusCode.OK, Errors(page));
        var condition = (await app.DraftAsync(slug)).Steps[0].Sections[0].Fields[3].ShowWhen!;
        Assert.Equal(("mate-psa", "ano"), (condition.Field, condition.EqualTo));
        Assert.Null(page.QuerySelector("#fb_preview input#jmeno-psa"));
        Assert.NotNull(page.QuerySelector("#fb_preview input#mate-psa[type='radio']"));
        Assert.Contains("Pole „Jméno psa“ se zobrazí, když „Máte psa?“ je rovno „Ano“.", page.QuerySelector("#fb_preview .builder-preview__hidden")!.TextContent, StringComparison.Ordinal);

        // Reading a later field (a forged choice) is refused by the definition reader, next to the condition.
        var before = await app.DraftJsonAsync(slug);
        using var later = await PostAsync(editor, slug, "mate-psa", "/mate-psa/upravit", new() { ["b.WhenField"] = "jmeno-psa", ["b.WhenOperator"] = "filled" });
        Assert.Equal(HttpStatusCode.BadRequest, later.StatusCode);
        Assert.Contains("není pole uvedené dříve", (await later.ReadHtmlAsync()).QuerySelector("#b_WhenField-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await app.DraftJsonAsync(slug));
    }

    [Fact]
    public async Task A_repeatable_section_with_a_cap_is_stored_and_previewed_with_its_items_and_add_button()
    {
        var editor = await app.EditorAsync();
        var slug = await app.DraftFormAsync("opakovani");
        using var added = await PostAsync(editor, slug, "udaje", "/udaje/pridat-oddil",
            new() { ["oddil.Label"] = "Psi", ["oddil.Repeats"] = "true", ["oddil.FirstLabel"] = "Jméno psa", ["oddil.Type"] = "text" });
        Assert.True(added.StatusCode == HttpStatusCode.OK, Errors(await added.ReadHtmlAsync()));

        using var tooMany = await PostAsync(editor, slug, "psi", "/psi/upravit", new() { ["b.RepeatMax"] = "60" });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal("Opakovatelný oddíl může mít nejvýše 50 položek.", (await tooMany.ReadHtmlAsync()).QuerySelector("#b_RepeatMax-error")!.TextContent);
        using var crossed = await PostAsync(editor, slug, "psi", "/psi/upravit", new() { ["b.RepeatMin"] = "5", ["b.RepeatMax"] = "3" });
        Assert.Equal("Opakování musí splňovat 1 ≤ min ≤ max ≤ 50.", (await crossed.ReadHtmlAsync()).QuerySelector("#b_RepeatMax-error")!.TextContent);

        using var capped = await PostAsync(editor, slug, "psi", "/psi/upravit",
            new() { ["b.RepeatMin"] = "1", ["b.RepeatMax"] = "3", ["b.AddLabel"] = "Přidat dalšího psa", ["b.ItemLabel"] = "Pes {n}" });
        var page = await capped.ReadHtmlAsync();
        var section = (await app.DraftAsync(slug)).Steps[0].Sections[1];
        Assert.Equal(("psi", 1, 3, "Přidat dalšího psa", "Pes {n}"), (section.Id, section.Repeat!.Min, section.Repeat.Max, section.Repeat.AddLabel, section.Repeat.ItemLabel));
        Assert.Equal("Pes 1", page.QuerySelector("#fb_preview section.form-section--repeat legend")!.TextContent);
        Assert.Equal("Přidat dalšího psa", page.QuerySelector("#fb_preview button[name='pridat']")!.TextContent);
        Assert.NotNull(page.QuerySelector("#fb_preview input#psi_0__jmeno-psa"));
        Assert.Contains("Opakovatelný oddíl (nejvýše 3): Psi", page.QuerySelector("a#fb_item-psi")!.TextContent, StringComparison.Ordinal);
    }
}
