namespace Pelhrimov.Tests.Search;

/// <summary>
/// Queries in the words citizens use rather than the office's (issue 18): short spoken forms of documents' names, abbreviations,
/// the object instead of the fee, everyday words for official ones. Each with the life situation that answers it; kept apart
/// from the 42 queries of <see cref="SearchRelevanceTests"/>, results in docs/search.md.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ColloquialRelevanceTests(PortalApp app) : IAsyncLifetime
{
    // Floors: raise them when relevance improves, never lower them (docs/search.md).
    private const double HitsAt3Floor = 0.90;
    private const double MrrFloor = 0.80;

    public static readonly (string Query, string Url)[] Judgements =
    [
        ("občanka", "/zivotni-situace/zadost-o-obcansky-prukaz"),
        ("nová obcanka kolik stojí", "/zivotni-situace/zadost-o-obcansky-prukaz"),
        ("ztratil jsem občanku", "/zivotni-situace/zadost-o-obcansky-prukaz"),
        ("OP", "/zivotni-situace/zadost-o-obcansky-prukaz"),
        ("výměna OP", "/zivotni-situace/zadost-o-obcansky-prukaz"),
        ("řidičák", "/zivotni-situace/vymena-ridicskeho-prukazu"),
        ("ridicak vymena", "/zivotni-situace/vymena-ridicskeho-prukazu"),
        ("ŘP", "/zivotni-situace/vymena-ridicskeho-prukazu"),
        ("propadlý řidičák", "/zivotni-situace/vymena-ridicskeho-prukazu"),
        ("cesťák", "/zivotni-situace/cestovni-pas"),
        ("pas pro dítě", "/zivotni-situace/cestovni-pas"),
        ("popelnice", "/zivotni-situace/poplatek-za-komunalni-odpad"),
        ("kolik platím za popelnici", "/zivotni-situace/poplatek-za-komunalni-odpad"),
        ("poplatek za smetí", "/zivotni-situace/poplatek-za-komunalni-odpad"),
        ("platba za odpadky", "/zivotni-situace/poplatek-za-komunalni-odpad"),
        ("psí známka", "/zivotni-situace/prihlaseni-psa-a-poplatek-ze-psu"),
        ("daň ze psa", "/zivotni-situace/prihlaseni-psa-a-poplatek-ze-psu"),
        ("přihlásit pejska", "/zivotni-situace/prihlaseni-psa-a-poplatek-ze-psu"),
        ("ztratil se mi pes", "/zivotni-situace/ztrata-a-nalez-zvirete"),
        ("našel jsem kočku", "/zivotni-situace/ztrata-a-nalez-zvirete"),
        ("čip pro psa", "/zivotni-situace/mam-psa"),
        ("SPZ", "/zivotni-situace/registrace-vozidla"),
        ("přepis auta", "/zivotni-situace/registrace-vozidla"),
        ("přihlásit auto", "/zivotni-situace/registrace-vozidla"),
        ("techničák", "/zivotni-situace/registrace-vozidla"),
        ("ZTP/P parkování", "/zivotni-situace/vyhrazene-parkovani-ztp"),
        ("invalidní parkování", "/zivotni-situace/vyhrazene-parkovani-ztp"),
        ("parkovačka do centra", "/zivotni-situace/parkovaci-karta-pro-rezidenty"),
        ("svatba", "/zivotni-situace/uzavreni-manzelstvi"),
        ("oddavky", "/zivotni-situace/uzavreni-manzelstvi"),
        ("sňatek na radnici", "/zivotni-situace/uzavreni-manzelstvi"),
        ("pohřeb", "/zivotni-situace/umrti-v-rodine"),
        ("zemřel táta co dělat", "/zivotni-situace/umrti-v-rodine"),
        ("rodný list", "/zivotni-situace/narozeni-ditete"),
        ("miminko", "/zivotni-situace/narozeni-ditete"),
        ("školka", "/zivotni-situace/zapis-do-materske-skoly"),
        ("zápis do MŠ", "/zivotni-situace/zapis-do-materske-skoly"),
        ("prvňáček", "/zivotni-situace/zapis-do-zakladni-skoly"),
        ("zápis ZŠ", "/zivotni-situace/zapis-do-zakladni-skoly"),
        ("obecní byt", "/zivotni-situace/najem-mestskeho-bytu"),
        ("byt od města", "/zivotni-situace/najem-mestskeho-bytu"),
        ("DPS", "/zivotni-situace/byt-zvlastniho-urceni"),
        ("byt pro důchodce", "/zivotni-situace/byt-zvlastniho-urceni"),
        ("živnosťák", "/zivotni-situace/ohlaseni-zivnosti"),
        ("živnostenský list", "/zivotni-situace/ohlaseni-zivnosti"),
        ("chci podnikat", "/zivotni-situace/ohlaseni-zivnosti"),
        ("OSVČ", "/zivotni-situace/ohlaseni-zivnosti"),
        ("pozastavení živnosti", "/zivotni-situace/zmena-zivnostenskeho-opravneni"),
        ("kotlíkovka", "/zivotni-situace/kotlikova-dotace"),
        ("dotace na kotel", "/zivotni-situace/kotlikova-dotace"),
        ("pokácet strom", "/zivotni-situace/kaceni-drevin"),
        ("povolení na plot", "/zivotni-situace/drobne-stavby-ploty-a-pergoly"),
        ("kůlna na zahradě", "/zivotni-situace/drobne-stavby-ploty-a-pergoly"),
        ("kolaudace", "/zivotni-situace/stavba-rodinneho-domu"),
        ("stavím barák", "/zivotni-situace/stavba-rodinneho-domu"),
        ("lešení na chodníku", "/zivotni-situace/zabor-verejneho-prostranstvi"),
        ("pronájem kulturáku", "/zivotni-situace/pronajem-salu"),
        ("nesvítí lampa", "/zivotni-situace/hlaseni-zavady-ve-meste"),
        ("díra v silnici", "/zivotni-situace/hlaseni-zavady-ve-meste"),
        ("kontejner na suť", "/zivotni-situace/objednani-velkoobjemoveho-kontejneru"),
        ("velkoobjemák", "/zivotni-situace/objednani-velkoobjemoveho-kontejneru"),
        ("ověřená kopie", "/zivotni-situace/overeni-podpisu-a-listiny"),
        ("trestní rejstřík", "/zivotni-situace/vypis-z-rejstriku-trestu"),
        ("trestňák", "/zivotni-situace/vypis-z-rejstriku-trestu"),
        ("trvalé bydliště", "/zivotni-situace/prihlaseni-k-trvalemu-pobytu"),
        ("přehlášení bydliště", "/zivotni-situace/odhlaseni-a-zmena-trvaleho-pobytu"),
        ("číslo baráku", "/zivotni-situace/prideleni-cisla-popisneho"),
        ("peníze na péči o babičku", "/zivotni-situace/prispevek-na-peci"),
        ("taxi pro důchodce", "/zivotni-situace/senior-taxi"),
        ("ohlásit koncert", "/zivotni-situace/ohlaseni-verejne-akce"),
        ("stěhování do Pelhřimova", "/zivotni-situace/stehuji-se-do-pelhrimova"),
    ];

    public async ValueTask InitializeAsync() => await app.WaitForIndexAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public void Colloquial_queries_find_the_life_situation_that_answers_them_near_the_top()
    {
        var measure = RelevanceMeasure.Of(app, Judgements, TestContext.Current.TestOutputHelper!);

        Assert.True(Judgements.Length >= 60);
        Assert.True(measure.HitsAt3 >= HitsAt3Floor, $"hits@3 {measure.HitsAt3:F3} fell below {HitsAt3Floor}");
        Assert.True(measure.Mrr >= MrrFloor, $"MRR {measure.Mrr:F3} fell below {MrrFloor}");
    }
}
