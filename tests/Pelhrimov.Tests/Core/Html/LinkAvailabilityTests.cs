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
}
