using Xunit.v3;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>
/// Tests of what does not depend on the database: a simulator that keeps nothing in it, settings read at start, request
/// headers, which modules run. They run in the SQLite run only, as if marked <c>[Trait("Database", "Sqlite")]</c>
/// (<see cref="TestEnvironment.PinnedDatabase"/>), since on PostgreSQL they would test the same thing again
/// (docs/testing.md).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SameOnEveryDatabaseAttribute : Attribute, ITraitAttribute
{
    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => [new(TestEnvironment.PinnedDatabase, "Sqlite")];
}
