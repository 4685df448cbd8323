using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pelhrimov.Core.Data;

/// <summary>
/// Refuses to use a SQLite database whose file has been deleted under the running site. Without it a pooled
/// connection keeps writing into the unlinked file — every write acknowledged, all of it lost at the next restart — and
/// a new connection creates an empty database in its place. Checked at every open (a pooled open too): one stat call.
/// </summary>
/// <remarks>A file replaced by another one (a restore over the running site) is not noticed: .NET does not expose the
/// file's inode. See docs/adr/0016-database-readiness.md.</remarks>
public sealed class DatabaseFileGuard : DbConnectionInterceptor
{
    private readonly string _path;
    private volatile bool _existed;

    private DatabaseFileGuard(string path) => _path = path;

    /// <summary>The guard of a SQLite database in a file; null for PostgreSQL and in-memory databases.</summary>
    public static DatabaseFileGuard? For(DatabaseProvider provider, string connectionString)
    {
        var path = FilePath(provider, connectionString);
        return path is null ? null : new DatabaseFileGuard(path);
    }

    /// <summary>The full path of a SQLite database's file; null for PostgreSQL and in-memory databases.</summary>
    public static string? FilePath(DatabaseProvider provider, string connectionString)
    {
        if (provider != DatabaseProvider.Sqlite)
        {
            return null;
        }
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:"
            ? null
            : Path.GetFullPath(builder.DataSource);
    }

    /// <summary>Throws <see cref="DatabaseUnavailableException"/> when the file this site has used is gone.</summary>
    public void CheckBeforeOpen()
    {
        if (_existed && !File.Exists(_path))
        {
            // Pooled connections hold the unlinked file open: they must not be handed out again.
            SqliteConnection.ClearAllPools();
            throw new DatabaseUnavailableException($"The database file {_path} has been deleted while the site was running; restore it from a backup and restart the site.");
        }
    }

    /// <summary>
    /// Throws <see cref="DatabaseUnavailableException"/> when the operating system refuses to open the file for writing
    /// (made read-only or immutable, a file system remounted read-only). SQLite alone does not always tell: its unix VFS
    /// hands a new connection a descriptor that a closed one opened for writing before the change, if another connection
    /// held a lock when it closed, and writes through it succeed.
    /// </summary>
    public void CheckWritable()
    {
        try
        {
            using var handle = File.OpenHandle(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseUnavailableException($"The database file {_path} cannot be opened for writing: {e.Message}", e);
        }
    }

    /// <summary>Notes that the file exists, so that from now on its disappearance is a fault rather than a new site.</summary>
    public void Opened()
    {
        if (!_existed && File.Exists(_path))
        {
            _existed = true;
        }
    }

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        CheckBeforeOpen();
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        CheckBeforeOpen();
        return ValueTask.FromResult(result);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Opened();

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Opened();
        return Task.CompletedTask;
    }
}
