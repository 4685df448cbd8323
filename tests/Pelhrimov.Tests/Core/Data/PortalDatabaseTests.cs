using Npgsql;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Tests.Core.Data;

/// <summary>
/// PostgreSQL connections prepare the statements they run often (ADR 0064), unless the configured connection string
/// chooses for itself: a pooler that cannot keep prepared statements needs <c>Max Auto Prepare=0</c> to be obeyed.
/// </summary>
public sealed class PortalDatabaseTests
{
    private const string Server = "Host=db.example;Username=portal;Password=secret;Database=portal";

    [Theory]
    [InlineData(Server, PortalDatabase.MaxAutoPrepare)]
    [InlineData(Server + ";Max Auto Prepare=0", 0)]
    [InlineData(Server + ";maxautoprepare=20", 20)]
    [InlineData(Server + ";Auto Prepare Min Usages=2", PortalDatabase.MaxAutoPrepare)]
    public void A_PostgreSQL_connection_prepares_statements_unless_its_configured_string_says_how_many(string configured, int expected)
    {
        var database = new PortalDatabase(DatabaseProvider.Postgres, configured);

        var used = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        Assert.Equal(expected, used.MaxAutoPrepare);
        Assert.Equal(("db.example", "portal", "secret"), (used.Host, used.Database, used.Password));
    }

    [Fact]
    public void A_SQLite_connection_string_gets_no_PostgreSQL_setting()
    {
        var database = new PortalDatabase(DatabaseProvider.Sqlite, "Data Source=/tmp/portal-test.db;Default Timeout=30");

        Assert.DoesNotContain("Prepare", database.ConnectionString, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Mode=ReadWrite", database.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    [Trait(TestEnvironment.PinnedDatabase, "Postgres")]
    public async Task A_statement_run_a_few_times_on_a_PostgreSQL_connection_is_prepared_there()
    {
        await TestRequirement.PostgresAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = new PortalDatabase(DatabaseProvider.Postgres, TestEnvironment.PostgresServer);
        await using var connection = (NpgsqlConnection)database.CreateConnection();
        await connection.OpenAsync(cancellationToken);

        for (var i = 0; i < 6; i++)
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_class WHERE relname = $1", connection) { Parameters = { new() { Value = "pg_type" } } };
            Assert.Equal(1L, await command.ExecuteScalarAsync(cancellationToken));
        }
        await using var prepared = new NpgsqlCommand("SELECT statement FROM pg_prepared_statements", connection);
        var statements = new List<string>();
        await using (var reader = await prepared.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                statements.Add(reader.GetString(0));
            }
        }

        Assert.Contains("SELECT count(*) FROM pg_class WHERE relname = $1", statements);
    }
}
