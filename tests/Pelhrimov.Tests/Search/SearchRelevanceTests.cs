namespace Pelhrimov.Tests.Search;

/// <summary>Czech queries a resident would type, with the item they want first; hits@3 and MRR are kept in docs/search.md.</summary>
[Collection(PortalCollection.Name)]
public sealed class SearchRelevanceTests(PortalApp app) : IAsyncLifetime
{
    // Floors: raise them when relevance improves, never lower them (docs/search.md).
    private const double HitsAt3Floor = 0.90;
    private const double MrrFloor = 0.80;

    public static readonly (string Query, string Url)[] Judgements =
    [
        ("prihlaseni psa", "/zivotni-situace/prihlaseni-psa-a-poplatek-ze-psu"),
        ("trvalý pobyt", "/zivotni-situace/prihlaseni-k-trvalemu-pobytu"),
        ("odhlaseni trvaleho pobytu", "/zivotni-situace/odhlaseni-a-zmena-trvaleho-pobytu"),
        ("obcansky prukaz", "/zivotni-situace/zadost-o-obcansky-prukaz"),
        ("cestovní pas", "/zivotni-situace/cestovni-pas"),
        ("ověření podpisu", "/zivotni-situace/overeni-podpisu-a-listiny"),
        ("výpis z rejstříku trestů", "/zivotni-situace/vypis-z-rejstriku-trestu"),
        ("narozeni ditete", "/zivotni-situace/narozeni-ditete"),
        ("uzavření manželství", "/zivotni-situace/uzavreni-manzelstvi"),
        ("úmrtí", "/zivotni-situace/umrti-v-rodine"),
        ("zápis do mateřské školy", "/zivotni-situace/zapis-do-materske-skoly"),
        ("zapis do zakladni skoly", "/zivotni-situace/zapis-do-zakladni-skoly"),
        ("číslo popisné", "/zivotni-situace/prideleni-cisla-popisneho"),
        ("nájem městského bytu", "/zivotni-situace/najem-mestskeho-bytu"),
        ("odpady", "/zivotni-situace/poplatek-za-komunalni-odpad"),
        ("velkoobjemový kontejner", "/zivotni-situace/objednani-velkoobjemoveho-kontejneru"),
        ("kotlikova dotace", "/zivotni-situace/kotlikova-dotace"),
        ("kácení dřevin", "/zivotni-situace/kaceni-drevin"),
        ("ztráta zvířete", "/zivotni-situace/ztrata-a-nalez-zvirete"),
        ("registrace vozidla", "/zivotni-situace/registrace-vozidla"),
        ("ridicsky prukaz", "/zivotni-situace/vymena-ridicskeho-prukazu"),
        ("parkovací karta pro rezidenty", "/zivotni-situace/parkovaci-karta-pro-rezidenty"),
        ("ohlášení živnosti", "/zivotni-situace/ohlaseni-zivnosti"),
        ("příspěvek na péči", "/zivotni-situace/prispevek-na-peci"),
        ("stavba rodinného domu", "/zivotni-situace/stavba-rodinneho-domu"),
        ("ploty a pergoly", "/zivotni-situace/drobne-stavby-ploty-a-pergoly"),
        ("zábor veřejného prostranství", "/zivotni-situace/zabor-verejneho-prostranstvi"),
        ("pronájem sálu", "/zivotni-situace/pronajem-salu"),
        ("hlášení závady", "/zivotni-situace/hlaseni-zavady-ve-meste"),
        ("uzavírka Humpolecká", "/aktuality/uzavirka-ulice-humpolecka"),
        ("vánoční trhy", "/aktuality/vanocni-trhy-a-rozsviceni-stromu"),
        ("sběrný dvůr", "/aktuality/sberny-dvur-zimni-oteviraci-doba"),
        ("svoz bioodpadu", "/aktuality/svoz-bioodpadu-zimni-rezim"),
        ("cyklostezka", "/aktuality/cyklostezka-k-rybniku-straz"),
        ("sportovní hala", "/aktuality/nova-sportovni-hala-otevrena"),
        ("knihovna e-knihy", "/aktuality/mestska-knihovna-novinky"),
        ("úřední hodiny", "/uredni-hodiny"),
        ("ochrana osobních údajů", "/gdpr"),
        ("prohlášení o přístupnosti", "/prohlaseni-o-pristupnosti"),
        ("historie města", "/o-meste/historie"),
        ("partnerská města", "/o-meste/partnerska-mesta"),
        ("návrh rozpočtu", "/uredni-deska/navrh-rozpoctu-2027"),
    ];

    public async ValueTask InitializeAsync() => await app.WaitForIndexAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public void Sample_queries_find_their_expected_item_near_the_top()
    {
        var measure = RelevanceMeasure.Of(app, Judgements, TestContext.Current.TestOutputHelper!);

        Assert.True(Judgements.Length >= 30);
        Assert.True(measure.HitsAt3 >= HitsAt3Floor, $"hits@3 {measure.HitsAt3:F3} fell below {HitsAt3Floor}");
        Assert.True(measure.Mrr >= MrrFloor, $"MRR {measure.Mrr:F3} fell below {MrrFloor}");
    }
}
