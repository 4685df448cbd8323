using Pelhrimov.Core.Data;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>What the environment variables of a test run choose: the database, the PostgreSQL server, CI strictness.</summary>
public static class TestEnvironment
{
    public const string DatabaseVariable = "PORTAL_TEST_DB";
    public const string PostgresVariable = "PORTAL_TEST_PG";
    public const string DefaultPostgresServer = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    /// <summary>
    /// The trait of a test that runs on one database whatever <c>PORTAL_TEST_DB</c> says (value <c>Sqlite</c> or
    /// <c>Postgres</c>): <c>.ci/run</c> runs it only in that database's run, not twice (docs/testing.md).
    /// </summary>
    public const string PinnedDatabase = "Database";

    /// <summary>True when <c>CI=true</c>: a missing browser or database server is then a failure, not a skip.</summary>
    public static bool IsCI => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The provider of every <see cref="PortalApp"/> that does not ask for one: <c>PORTAL_TEST_DB</c>, SQLite when unset.</summary>
    public static DatabaseProvider Database =>
        Environment.GetEnvironmentVariable(DatabaseVariable) switch
        {
            null or "" => DatabaseProvider.Sqlite,
            var name when name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Sqlite,
            var name when name.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
                          || name.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Postgres,
            var name => throw new InvalidOperationException($"{DatabaseVariable}='{name}' is not supported; use Sqlite or Postgres."),
        };

    /// <summary>Connection string of the PostgreSQL server that test databases are created on.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } configured ? configured : DefaultPostgresServer;
}
