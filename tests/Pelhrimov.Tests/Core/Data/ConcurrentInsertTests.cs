using Microsoft.Data.Sqlite;
using Npgsql;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Tests.Core.Data;

/// <summary>
/// Only a duplicate key is a lost race worth repeating; a database that refuses every write must still reach the 503
/// page, not be answered as a concurrent write.
/// </summary>
public sealed class ConcurrentInsertTests
{
    [Fact]
    public void A_duplicate_key_in_SQLite_is_a_unique_violation_and_a_read_only_database_is_not()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE); INSERT INTO t (k) VALUES ('a');");

        var duplicate = Assert.Throws<SqliteException>(() => Execute(connection, "INSERT INTO t (k) VALUES ('a')"));
        var duplicateKey = Assert.Throws<SqliteException>(() => Execute(connection, "INSERT INTO t (id, k) VALUES (1, 'b')"));
        var notNull = Assert.Throws<SqliteException>(() => Execute(connection, "INSERT INTO t (k) VALUES (NULL)"));
        Execute(connection, "PRAGMA query_only = ON");
        var readOnly = Assert.Throws<SqliteException>(() => Execute(connection, "INSERT INTO t (k) VALUES ('c')"));

        Assert.True(ConcurrentInsert.IsUniqueViolation(new Microsoft.EntityFrameworkCore.DbUpdateException("save", duplicate)));
        Assert.True(ConcurrentInsert.IsUniqueViolation(duplicateKey));
        Assert.False(ConcurrentInsert.IsUniqueViolation(notNull));
        Assert.False(ConcurrentInsert.IsUniqueViolation(readOnly));
    }

    [Fact]
    public async Task A_duplicate_key_in_PostgreSQL_is_a_unique_violation_and_a_read_only_transaction_is_not()
    {
        await TestRequirement.PostgresAsync();
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresServer);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await ExecuteAsync(connection, "CREATE TEMP TABLE t (k text PRIMARY KEY); INSERT INTO t VALUES ('a');");

        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, "INSERT INTO t VALUES ('a')"));
        var readOnly = await Assert.ThrowsAsync<PostgresException>(() =>
            ExecuteAsync(connection, "BEGIN READ ONLY; CREATE TABLE never_created (k int); COMMIT;"));
        await ExecuteAsync(connection, "ROLLBACK");

        Assert.True(ConcurrentInsert.IsUniqueViolation(duplicate));
        Assert.False(ConcurrentInsert.IsUniqueViolation(readOnly));
        Assert.True(DatabaseUnavailableException.Describes(readOnly));
    }

    [Fact]
    public async Task A_write_that_loses_the_race_twice_is_not_stored_and_one_that_loses_once_is_repeated()
    {
        var attempts = 0;
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE t (k TEXT PRIMARY KEY); INSERT INTO t VALUES ('a');");
        Task<int> Write(int failures) => Task.Run(() =>
        {
            attempts++;
            try
            {
                Execute(connection, attempts <= failures ? "INSERT INTO t VALUES ('a')" : "SELECT 1");
            }
            catch (SqliteException e)
            {
                throw new Microsoft.EntityFrameworkCore.DbUpdateException("save", e);
            }
            return attempts;
        });

        var once = await ConcurrentInsert.RetryOnceAsync(() => Write(1));
        attempts = 0;
        var twice = await ConcurrentInsert.RetryOnceAsync(() => Write(2));

        Assert.Equal(new ConcurrentInsert.Attempt<int>(true, 2), once);
        Assert.False(twice.Stored);
        Assert.Equal(2, attempts);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
