using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Pelhrimov.Core.Data;

/// <summary>
/// Two requests storing the same new key at the same moment: both looked, neither found a row, both inserted, and the
/// unique index refused the second one — whose transaction rolled back, so nothing of it was stored. Running the write
/// again then finds the first one's row and answers as a repetition ("unchanged"). Only a unique violation is retried:
/// a database that cannot store anything (<see cref="DatabaseUnavailableException"/>) still ends in the 503 page.
/// </summary>
public static class ConcurrentInsert
{
    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY (sqlite.org/rescode.html); unique_violation in PostgreSQL.
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;
    private const string PostgresUnique = "23505";

    /// <summary>Whether <paramref name="exception"/> (or one it wraps) is a unique index refusing a duplicate key.</summary>
    public static bool IsUniqueViolation(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite:
                    return sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey;
                case PostgresException postgres:
                    return postgres.SqlState == PostgresUnique;
            }
        }
        return false;
    }

    /// <summary>
    /// Runs <paramref name="write"/>; when a concurrent insert of the same key wins, forgets what the contexts tracked and
    /// runs it once more. Null when it lost a second time too (a caller answers 409 and the client repeats the request).
    /// </summary>
    public static async Task<Attempt<T>> RetryOnceAsync<T>(Func<Task<T>> write, params DbContext[] contexts)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new Attempt<T>(true, await write());
            }
            catch (DbUpdateException e) when (IsUniqueViolation(e))
            {
                foreach (var context in contexts)
                {
                    context.ChangeTracker.Clear();
                }
                if (attempt == 2)
                {
                    return new Attempt<T>(false, default!);
                }
            }
        }
    }

    /// <summary>The write's result when <see cref="Stored"/>; when not, a concurrent write of the same key won twice.</summary>
    public readonly record struct Attempt<T>(bool Stored, T Value);
}
