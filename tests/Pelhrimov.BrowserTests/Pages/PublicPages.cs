namespace Pelhrimov.BrowserTests.Pages;

/// <summary>The pages every browser check runs on. Adding a page to the checks is adding a line here.</summary>
public static class PublicPages
{
    public static readonly TheoryData<string> Urls =
    [
        "/",
        "/aktuality",
        "/aktuality?rubrika=Doprava",
        "/aktuality/poplatek-za-odpad-2027",
        "/zivotni-situace",
        "/zivotni-situace/prihlaseni-k-trvalemu-pobytu",
        "/zivotni-situace/zadost-o-obcansky-prukaz",
        "/uredni-deska",
        "/uredni-deska/archiv",
        "/uredni-deska/zahajeni-rizeni-bytovy-dum-humpolecka",
        "/o-meste",
        "/o-meste/historie",
        "/kontakty",
        "/uredni-hodiny",
        "/povinne-zverejnovane-informace",
        "/prohlaseni-o-pristupnosti",
        "/hledat?q=poplatek+za+odpad", "/hledat?q=xyzxyz", "/hledat?q=popelnce",
        "/tato-stranka-neexistuje",
        "/admin/prihlaseni",
        "/admin/zapomenute-heslo",
        "/admin/zapomenute-heslo/odeslano",
        "/prihlaseni",
        "/prihlaseni/overeni?returnUrl=%2Fmuj-ucet",
        "/prihlaseni/chyba/neplatna-odpoved",
        "/registrace",
        "/registrace/odeslano",
        "/registrace/znovu",
        "/registrace/znovu/odeslano",
        "/registrace/potvrzeni?ucet=00000000-0000-0000-0000-000000000000&kod=x",
        "/odhlaseni/hotovo",
        "/muj-ucet/zruseno",
        "/zaplatit",
        "/formulare",
        "/formulare?q=pes",
        "/formulare/zavada-verejneho-osvetleni",
        "/formulare/ohlaseni-psa",
        "/zivotni-situace/mam-psa",
        "/zaplatit?vs=1337000001&kod=ABCD-EFGH",
        "/odber-novinek",
        "/odber-novinek/potvrdit/neplatny-odkaz",
        "/odhlasit-odber/neplatny-odkaz",
    ];
}

/// <summary>Admin pages checked in the browser after signing in as the administrator.</summary>
public static class AdminPages
{
    public static readonly TheoryData<string> Urls =
    [
        "/admin",
        "/admin/obsah?typ=Article",
        "/admin/obsah?typ=NoticeBoardEntry",
        "/admin/obsah/novy/Article",
        "/admin/obsah/novy/LifeSituation",
        "/admin/obsah/novy/NoticeBoardEntry",
        "/admin/obsah/novy/Page",
        "/admin/media",
        "/admin/menu",
        "/admin/nastaveni",
        "/admin/sablony-e-mailu",
        "/admin/sablony-e-mailu/account-confirmation",
        "/admin/audit",
        "/admin/posta",
        "/admin/planovane-ulohy",
        "/admin/udalosti",
        "/admin/vyhledavani",
        "/admin/vyhledavani/tezaurus",
        "/admin/vyhledavani/tezaurus?hledat=ridicak",
        "/admin/vyhledavani/tezaurus/nova?vyraz=popelnice",
        "/admin/vyhledavani/tezaurus/1",
        "/admin/statistiky",
        "/admin/uzivatele",
        "/admin/ucet",
        "/admin/ucet/overovaci-aplikace",
        "/admin/souhlasy",
        "/admin/api-klienti",
        "/admin/api-klienti/novy",
        "/admin/uzivatele/novy",
        "/admin/osoby",
        "/admin/osoby?q=Marek",
        "/admin/osoby/propojeni",
        "/admin/pohledavky",
        "/admin/pohledavky?druh=N%C3%A1jemn%C3%A9&obdobi=2026",
        "/admin/pohledavky/vypisy",
        "/admin/pohledavky/vypisy/1",                   // the sample GPC statement, a draft (recipe step ReceivableStatements)
        "/admin/formulare",
        "/admin/formulare/novy", "/admin/formulare/novy/json",
        "/admin/formulare/import",
        "/admin/formulare/zavada-verejneho-osvetleni",  // a sample form published by the recipe step Forms
        "/admin/formulare/zavada-verejneho-osvetleni/podani",
        "/admin/formulare/zavada-verejneho-osvetleni/sestavit",                   // the builder, read-only on a live version
        "/admin/formulare/zavada-verejneho-osvetleni/sestavit?vyber=druh-zavady", // a choice field's settings and the preview
        "/admin/formulare/zavada-verejneho-osvetleni/sestavit?vyber=krok-zavada",
        "/admin/formulare/zavada-verejneho-osvetleni/sestavit/nahled",            // walking the form as a citizen would
        "/admin/podani-z-formularu",
        "/admin/pohledavky/vypisy/1?stav=neprirazene",
        "/admin/podani",
        "/admin/podani?stav=ceka-na-doplneni&stari=starsi",
        "/admin/podani/P-2026-7K3M9",
        "/admin/podani/P-2026-4HX7Q",
        "/admin/workflows",
        "/admin/workflows/novy",
        "/admin/workflows/5f1f0c3e-2a41-4c61-9d7e-000000000001",          // a sample workflow of the recipe step Workflows
        "/admin/workflows/5f1f0c3e-2a41-4c61-9d7e-000000000001/verze/1",
        "/admin/workflows/behy",
    ];
}
