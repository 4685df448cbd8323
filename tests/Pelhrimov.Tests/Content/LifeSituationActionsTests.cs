using AngleSharp.Dom;
using Pelhrimov.TestModule;

namespace Pelhrimov.Tests.Content;

/// <summary>
/// "Vyřídit online" on a life situation's page is a slot: a module (here the test module, as a forms module would)
/// contributes its button without the Content module naming it, and with nothing contributed the page shows no empty box.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class LifeSituationActionsTests(PortalApp app)
{
    private const string OnlineBox = "section[aria-labelledby='slot-life-situation']";

    [Fact]
    public async Task A_module_puts_its_online_button_on_the_life_situation_it_handles()
    {
        var page = await app.CreateClient().GetHtmlAsync("/zivotni-situace/" + TestOnlineFormViewComponent.HandledSlug);

        var box = page.QuerySelector(OnlineBox);
        Assert.NotNull(box);
        Assert.Equal("Vyřídit online", box.QuerySelector("h2#slot-life-situation")!.TextContent.Trim());
        var button = box.QuerySelector("a.button")!;
        Assert.Equal("/test-module/formular/" + TestOnlineFormViewComponent.HandledSlug, button.GetAttribute("href"));
        // The module got the page's context: the slug it links by and the title of the situation.
        Assert.Contains(TestOnlineFormViewComponent.ButtonText, button.TextContent);
        Assert.Contains(page.QuerySelector("main h1")!.TextContent.Trim(), button.TextContent);
    }

    [Fact]
    public async Task A_life_situation_no_module_handles_online_shows_no_empty_box()
    {
        var page = await app.CreateClient().GetHtmlAsync("/zivotni-situace/cestovni-pas");

        AssertNoOnlineBox(page);
    }

    [Fact]
    public async Task Without_a_contributing_module_no_life_situation_shows_an_online_box()
    {
        await using var bare = await PortalApp.StartAsync(options: new PortalAppOptions { FreshSite = true, Settings = { ["Modules:Disabled"] = "TestModule" } });

        var page = await bare.CreateClient().GetHtmlAsync("/zivotni-situace/" + TestOnlineFormViewComponent.HandledSlug);

        AssertNoOnlineBox(page);
        Assert.NotNull(page.QuerySelector("main h1"));
    }

    private static void AssertNoOnlineBox(IDocument page)
    {
        Assert.Null(page.QuerySelector(OnlineBox));
        Assert.Null(page.QuerySelector("#slot-life-situation"));
        Assert.DoesNotContain("Vyřídit online", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("main page-slot"));
    }
}
