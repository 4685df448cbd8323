using Pelhrimov.Core.Html;

namespace Pelhrimov.Tests.Core.Html;

public sealed class LinkAvailabilityTests
{
    private const string Forms = """<ul><li><a href="/formulare/prihlaska-psa">Přihláška psa</a></li><li><a href="/zivotni-situace/odpad">Odpad</a></li></ul>""";

    [Fact]
    public void A_link_to_the_forms_catalogue_is_plain_text_while_no_module_serves_it()
    {
        var html = new LinkAvailability([]).Unlink(Forms);

        Assert.Equal("""<ul><li>Přihláška psa</li><li><a href="/zivotni-situace/odpad">Odpad</a></li></ul>""", html);
    }

    [Fact]
    public void A_link_to_the_forms_catalogue_stays_once_a_module_serves_it()
    {
        Assert.Equal(Forms, new LinkAvailability([new ServedPathPrefix("/formulare/")]).Unlink(Forms));
    }

    [Fact]
    public void A_link_to_a_path_the_serving_module_filters_out_is_plain_text_and_the_others_stay()
    {
        const string html = """<p><a href="/formulare/ohlaseni-psa">Ohlášení psa</a> a <a href="/formulare/neni-takovy?x=1">jiný</a></p>""";

        var unlinked = new LinkAvailability([new ServedPathPrefix("/formulare/")], [new OnlyDogs()]).Unlink(html);

        Assert.Equal("""<p><a href="/formulare/ohlaseni-psa">Ohlášení psa</a> a jiný</p>""", unlinked);
    }

    private sealed class OnlyDogs : IServedPathFilter
    {
        public string Prefix => "/formulare/";

        public bool Serves(string path) => path == "/formulare/ohlaseni-psa";
    }
}
