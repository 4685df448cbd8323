using System.Globalization;

namespace Pelhrimov.Tests.Content;

/// <summary>Counts read as Czech: 1 návod, 3 návody, 7 návodů.</summary>
[Collection(PortalCollection.Name)]
public sealed class CzechCountTests(PortalApp app)
{
    private static string Expected(int count, string one, string few, string many) =>
        count == 1 ? one : count is >= 2 and <= 4 ? few : many;

    [Theory]
    [InlineData("/")]
    [InlineData("/zivotni-situace")]
    public async Task Guide_counts_of_life_situation_areas_take_the_right_plural(string url)
    {
        var page = await app.CreateClient().GetHtmlAsync(url);

        var badges = page.QuerySelectorAll(".category-grid .badge").Select(b =>
            (Count: int.Parse(b.FirstChild!.TextContent, CultureInfo.InvariantCulture), Word: b.QuerySelector(".visually-hidden")!.TextContent.Trim())).ToList();

        Assert.Contains(badges, b => b.Count is >= 1 and <= 4);
        Assert.All(badges, b => Assert.Equal(Expected(b.Count, "návod", "návody", "návodů"), b.Word));
    }
}
