using Pelhrimov.Search.Services;

namespace Pelhrimov.Tests.Search;

/// <summary>"Měli jste na mysli…": the closest known word for a word the index does not know, and the page that offers it.</summary>
[Collection(PortalCollection.Name)]
public sealed class DidYouMeanTests(PortalApp app) : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly Vocabulary Words = Vocabulary.Build(["Poplatek za komunální odpad", "Popelnice, popelnice", "Výměna řidičského průkazu", "Kotlíková dotace", "Dotace a granty"]);

    public async ValueTask InitializeAsync() => await app.WaitForIndexAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("popelnce", "popelnice")]      // a letter missing
    [InlineData("poplatke", "poplatek")]       // two letters swapped: one edit
    [InlineData("ridickeho", "řidičského")]    // diacritics do not count, the missing letter does
    [InlineData("dotcae", "dotace")]
    public void The_closest_word_is_offered_as_written_with_diacritics(string typed, string expected) =>
        Assert.Equal(expected, Words.Closest(typed));

    [Theory]
    [InlineData("popelnice")]   // known already
    [InlineData("rídicskeho")]  // the same word without its háčky: the search finds it anyway
    [InlineData("pes")]         // nothing within one edit of a short word
    [InlineData("xyzxyzxyz")]
    public void No_word_is_offered_for_a_known_word_or_when_none_is_close(string typed) =>
        Assert.Null(Words.Closest(typed));

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("odpad", "odpda", 2, 1)]    // an adjacent swap is one edit
    [InlineData("abc", "abc", 2, 0)]
    [InlineData("abcdef", "uvwxyz", 2, 3)]  // beyond the limit: limit + 1
    public void Distance_counts_edits_up_to_the_limit(string a, string b, int limit, int expected) =>
        Assert.Equal(expected, Vocabulary.Distance(a, b, limit));

    [Fact]
    public async Task A_misspelt_query_that_finds_little_is_offered_the_correction_as_a_link()
    {
        var page = await app.CreateClient().GetHtmlAsync("/hledat?q=popelnce", Cancel);

        var offer = page.QuerySelector(".search-did-you-mean")!;
        Assert.StartsWith("Měli jste na mysli", offer.TextContent, StringComparison.Ordinal);
        var link = offer.QuerySelector("a")!;
        Assert.Equal("popelnice", link.TextContent);
        Assert.Equal("/hledat?q=popelnice", link.GetAttribute("href"));
        Assert.True(app.SearchService().Search("popelnice", null, 1).AllKindsTotal > 0);
    }

    [Theory]
    [InlineData("poplatek")]    // finds plenty
    [InlineData("xyzxyzxyz")]   // nothing close
    [InlineData("řidičák")]     // the thesaurus knows it
    public void No_correction_when_the_query_finds_enough_or_nothing_is_close(string query) =>
        Assert.Null(app.SearchService().Search(query, null, 1).DidYouMean);
}
