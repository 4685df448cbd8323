using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Polly;

namespace Pelhrimov.Core.BackOffice;

/// <summary>
/// The last good answer of a back-office system for one person set and one query (ADR 0034). Kept in the module's own
/// table, so that it survives a restart and every node of the site shares it.
/// </summary>
public sealed class BackOfficeAnswer
{
    /// <summary>SHA-256 (hex) of the query and the sorted, distinct person ids: <see cref="BackOfficeAnswerKeys.KeyOf"/>.</summary>
    public string Key { get; set; } = "";

    /// <summary>What was asked, readable (<c>receivables</c>, <c>receivable:ODP-2026-000001</c>), for whoever looks at the table.</summary>
    public string Query { get; set; } = "";

    public DateTime AsOfUtc { get; set; }

    /// <summary>The answer as the portal's own types serialise it (JSON), not the back office's raw body.</summary>
    public string Payload { get; set; } = "";
}

public static class BackOfficeAnswerModel
{
    /// <summary>Maps <see cref="BackOfficeAnswer"/> to <paramref name="table"/> in a module's context.</summary>
    public static ModelBuilder MapBackOfficeAnswers(this ModelBuilder modelBuilder, string table)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<BackOfficeAnswer>(e =>
        {
            e.ToTable(table);
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(64);
            e.Property(x => x.Query).HasMaxLength(200);
        });
        return modelBuilder;
    }
}

/// <summary>
/// Reads a back office through <paramref name="fetch"/>-style calls and keeps the last good answer in <typeparamref name="TContext"/>'s
/// <see cref="BackOfficeAnswer"/> table: a live answer is stored and returned as live; when the call fails (no connection,
/// timeout, open circuit, an error status, a body that is not the contract's JSON) the stored answer for exactly the same
/// person set and query is returned as stale, or nothing when none is stored. Another person set never shares a key.
/// </summary>
public sealed class BackOfficeAnswerCache<TContext>(TContext db, TimeProvider clock, IMemoryCache memory, BackOfficeAnswerRetention<TContext> retention,
    ILogger<BackOfficeAnswerCache<TContext>> logger)
    where TContext : DbContext
{
    /// <summary>
    /// How long an answer this node stored stays good enough: the same answer again within it is not written. Every page
    /// view writing its cards' answers made two cards' writes wait for each other on SQLite's single writer (+150 ms a
    /// page, docs/benchmarks.md); the stamp of a kept answer is therefore at most this much older than the last good read.
    /// </summary>
    public static readonly TimeSpan RewriteAfter = TimeSpan.FromMinutes(1);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Calls <paramref name="fetch"/>; stores and returns its answer as live, unless <paramref name="keep"/> says not to keep
    /// it (a "not found"). On a back-office failure answers from the store.
    /// </summary>
    public async Task<ConnectorResult<T>> ReadThroughAsync<T>(IReadOnlyCollection<string> personIds, string query,
        Func<CancellationToken, Task<T>> fetch, Func<T, bool> keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(keep);
        var key = BackOfficeAnswerKeys.KeyOf(personIds, query);
        T value;
        try
        {
            value = await fetch(cancellationToken);
        }
        catch (Exception e) when (BackOfficeAnswerKeys.IsBackOfficeFailure(e, cancellationToken))
        {
            logger.LogWarning(e, "The back office did not answer {Query} ({Error}); answering from the last good answer.", query, e.GetType().Name);
            // The first good answer after an outage is written whatever this node wrote before it.
            memory.Remove(StoredKey(key));
            return await StoredAsync<T>(key, cancellationToken);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (keep(value))
        {
            var payload = JsonSerializer.Serialize(value, Json);
            var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(payload)));
            var stored = StoredKey(key);
            if (!memory.TryGetValue(stored, out string? storedDigest) || storedDigest != digest)
            {
                if (await StoreAsync(key, query, payload, now, cancellationToken))
                {
                    memory.Set(stored, digest, RewriteAfter);
                }
            }
        }
        return ConnectorResult.Live(value, now);
    }

    private static (Type, string) StoredKey(string key) => (typeof(BackOfficeAnswerCache<TContext>), key);

    private async Task<ConnectorResult<T>> StoredAsync<T>(string key, CancellationToken cancellationToken)
    {
        // Older than the limit: as good as nothing kept (the daily job deletes it).
        var oldest = retention.OldestKept(clock);
        var stored = await db.Set<BackOfficeAnswer>().AsNoTracking()
            .Where(a => a.Key == key && a.AsOfUtc >= oldest)
            .Select(a => new { a.Payload, a.AsOfUtc })
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return ConnectorResult.Unavailable<T>();
        }
        try
        {
            return ConnectorResult.Cached(JsonSerializer.Deserialize<T>(stored.Payload, Json)!, stored.AsOfUtc);
        }
        catch (JsonException e)
        {
            // Kept by a version of the portal whose types differed: as good as nothing kept.
            logger.LogWarning(e, "The last good answer {Key} could not be read back.", key);
            return ConnectorResult.Unavailable<T>();
        }
    }

    // One statement that both SQLite and PostgreSQL understand, so that two requests (or nodes) storing the same key at
    // once never fail on the primary key, and without SaveChanges, which would save whatever else the scope's context tracks.
    private async Task<bool> StoreAsync(string key, string query, string payload, DateTime asOfUtc, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(BackOfficeAnswer))
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} does not map BackOfficeAnswer (MapBackOfficeAnswers).");
        var table = entity.GetTableName();
        string Column(string property) => entity.FindProperty(property)!.GetColumnName();
        var (k, q, a, p) = (Column(nameof(BackOfficeAnswer.Key)), Column(nameof(BackOfficeAnswer.Query)),
            Column(nameof(BackOfficeAnswer.AsOfUtc)), Column(nameof(BackOfficeAnswer.Payload)));
        var sql = $$"""
            INSERT INTO "{{table}}" ("{{k}}", "{{q}}", "{{a}}", "{{p}}") VALUES ({0}, {1}, {2}, {3})
            ON CONFLICT ("{{k}}") DO UPDATE SET "{{a}}" = excluded."{{a}}", "{{p}}" = excluded."{{p}}"
            """;
        try
        {
            await db.Database.ExecuteSqlRawAsync(sql, [key, query, DateTime.SpecifyKind(asOfUtc, DateTimeKind.Utc), payload], cancellationToken);
            return true;
        }
        catch (System.Data.Common.DbException e)
        {
            // The page still shows the live answer; only the fallback for a later outage is older.
            logger.LogError(e, "The last good answer of {Query} could not be stored.", query);
            return false;
        }
    }
}

/// <summary>How long the last good answers kept in <typeparamref name="TContext"/> may stand in for the back office.</summary>
public sealed record BackOfficeAnswerRetention<TContext>(TimeSpan KeepFor)
    where TContext : DbContext
{
    /// <summary>The oldest moment an answer may have been good at to be shown or kept now.</summary>
    public DateTime OldestKept(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetUtcNow().UtcDateTime - KeepFor;
    }
}

/// <summary>Deletes the last good answers kept in <typeparamref name="TContext"/> that are older than its retention.</summary>
public sealed class PruneBackOfficeAnswersJob<TContext>(TContext db, BackOfficeAnswerRetention<TContext> retention, TimeProvider clock,
    ILogger<PruneBackOfficeAnswersJob<TContext>> logger) : Scheduling.IScheduledJob
    where TContext : DbContext
{
    public static readonly Scheduling.JobSchedule Schedule = Scheduling.JobSchedule.Every(TimeSpan.FromDays(1));

    public async Task RunAsync(Scheduling.ScheduledRun run, CancellationToken cancellationToken)
    {
        var oldest = retention.OldestKept(clock);
        var deleted = await db.Set<BackOfficeAnswer>().Where(a => a.AsOfUtc < oldest).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} kept back-office answers older than {Days} days.", deleted, retention.KeepFor.TotalDays);
        }
    }
}

/// <summary>The keys of the last good answers and what counts as a back-office failure.</summary>
public static class BackOfficeAnswerKeys
{
    /// <summary>The key of one person set and query: the same persons in any order and with repeats give the same key.</summary>
    public static string KeyOf(IReadOnlyCollection<string> personIds, string query)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var persons = string.Join('\u001E', personIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query + '\u001F' + persons)));
    }

    /// <summary>What counts as the back office failing rather than the portal: network, timeouts, open circuit, status, contract.</summary>
    public static bool IsBackOfficeFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException or JsonException or ExecutionRejectedException or BackOfficeContractException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}

/// <summary>The back office answered, but not as the contract says (docs/back-office-connector.md).</summary>
public sealed class BackOfficeContractException(string message) : Exception(message);
