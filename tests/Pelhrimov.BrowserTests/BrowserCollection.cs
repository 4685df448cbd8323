namespace Pelhrimov.BrowserTests;

/// <summary>Browser tests share one Chromium and one app; they run one after another (2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
