using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Tests.Core.Data;

/// <summary>The in-process hand-over of SQLite's write lock (ADR 0058), on a real database file.</summary>
public sealed class SqliteWriteGateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pelhrimov-gate-").FullName;
    private readonly PortalDatabase _database;

    public SqliteWriteGateTests()
    {
        var file = Path.Combine(_folder, "portal.db");
        _database = new PortalDatabase(DatabaseProvider.Sqlite, $"Data Source={file};Default Timeout=30");
        using var create = _database.CreateConnection(create: true);
        create.Open();
        using var command = create.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);";
        command.ExecuteNonQuery();
        using var first = Open();   // the gate exists once a context has been configured for the file
        Gate = SqliteWriteGate.Of(file)!;
    }

    private SqliteWriteGate Gate { get; }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_second_writer_waits_for_the_first_and_begins_the_moment_it_commits()
    {
        await using var a = Open();
        await using var b = Open();
        var first = await a.Database.BeginTransactionAsync(Cancel);
        await a.Database.ExecuteSqlRawAsync("INSERT INTO notes (text) VALUES ('a')", Cancel);

        var second = b.Database.BeginTransactionAsync(Cancel);
        await Task.Delay(200, Cancel);
        Assert.False(second.IsCompleted);   // waiting at the gate, without a thread blocked in SQLite

        await first.CommitAsync(Cancel);
        await using var begun = await second.WaitAsync(TimeSpan.FromSeconds(2), Cancel);
        await b.Database.ExecuteSqlRawAsync("INSERT INTO notes (text) VALUES ('b')", Cancel);
        await begun.CommitAsync(Cancel);
        await first.DisposeAsync();
        Assert.False(Gate.IsHeld);
        Assert.Equal(2, await Count(b));
    }

    [Fact]
    public async Task A_transaction_disposed_without_commit_or_rollback_hands_the_gate_on_at_once()
    {
        await using var a = Open();
        var abandoned = await a.Database.BeginTransactionAsync(Cancel);
        await a.Database.ExecuteSqlRawAsync("INSERT INTO notes (text) VALUES ('lost')", Cancel);
        Assert.True(Gate.IsHeld);

        await abandoned.DisposeAsync();   // as after an exception in a unit of work
        Assert.False(Gate.IsHeld);
        await using var b = Open();
        Assert.Equal(0, await Count(b));
    }

    [Fact]
    public async Task A_failed_save_changes_hands_the_gate_on()
    {
        await using var a = Open();
        await a.Database.ExecuteSqlRawAsync("INSERT INTO notes (id, text) VALUES (1, 'first')", Cancel);
        await Assert.ThrowsAnyAsync<Exception>(() => a.Database.ExecuteSqlRawAsync("INSERT INTO notes (id, text) VALUES (1, 'twice')", Cancel));
        Assert.False(Gate.IsHeld);

        await using var b = Open();
        await using var next = await b.Database.BeginTransactionAsync(Cancel).WaitAsync(TimeSpan.FromSeconds(2), Cancel);
        Assert.True(Gate.IsHeld);
    }

    [Fact]
    public async Task A_write_outside_a_transaction_waits_for_the_writer_holding_the_gate()
    {
        await using var a = Open();
        await using var b = Open();
        var held = await a.Database.BeginTransactionAsync(Cancel);
        var write = b.Database.ExecuteSqlRawAsync("UPDATE notes SET text = 'x'", Cancel);
        await Task.Delay(200, Cancel);
        Assert.False(write.IsCompleted);
        await held.RollbackAsync(Cancel);
        await write.WaitAsync(TimeSpan.FromSeconds(2), Cancel);
        await held.DisposeAsync();
        Assert.False(Gate.IsHeld);
    }

    [Fact]
    public async Task Many_writers_at_once_all_commit_and_none_is_lost()
    {
        var writers = Enumerable.Range(0, 32).Select(async i =>
        {
            await using var db = Open();
            await using var transaction = await db.Database.BeginTransactionAsync(Cancel);
            await db.Database.ExecuteSqlAsync($"INSERT INTO notes (text) VALUES ({$"w{i}"})", Cancel);
            if (i % 4 == 0)
            {
                return;   // disposed without commit: rolled back
            }
            await transaction.CommitAsync(Cancel);
        });
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(20), Cancel);
        await using var check = Open();
        Assert.Equal(24, await Count(check));
        Assert.False(Gate.IsHeld);
    }

    private DbContext Open()
    {
        var options = new DbContextOptionsBuilder<DbContext>();
        _database.Configure(options, "Tests");
        return new DbContext(options.Options);
    }

    private static Task<int> Count(DbContext db) =>
        db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM notes").SingleAsync(Cancel);
}
