namespace Pelhrimov.Tests;

/// <summary>
/// Tests that share one running app (one fresh site) and so run one after another. Use it for tests that only
/// read, or that change data nobody else in the collection looks at; take <c>IClassFixture&lt;PortalApp&gt;</c>
/// (an app per class) or <see cref="PortalApp.StartAsync"/> (an app per test) for anything else.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalApp>
{
    public const string Name = "Portal";
}
