namespace Pelhrimov.BrowserTests.Pages;

/// <summary>The pages every browser check runs on. Adding a page to the checks is adding a line here.</summary>
public static class PublicPages
{
    public static readonly TheoryData<string> Urls =
    [
        "/",
        "/tato-stranka-neexistuje",
        "/admin/prihlaseni",
    ];
}
