using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Indexing;

namespace Pelhrimov.Search.Services;

/// <summary>The node's own Lucene index in <c>App_Data/search-index</c>: one writer per process, near-real-time searchers,
/// and the indexing-log cursor kept in the commit's user data so that the cursor and the documents are committed together.</summary>
public sealed class SearchIndex(DataFolder dataFolder, ILogger<SearchIndex> logger) : IDisposable
{
    private const string CursorKey = "indexingLogCursor";
    // When the cursor's log entry was logged: a log that was reset (a new database) may have an entry with the same id.
    private const string CursorLoggedKey = "indexingLogCursorLogged";
    private readonly object _gate = new();
    private FSDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;

    public CzechSearchAnalyzer Analyzer { get; } = new();

    public string Path { get; } = dataFolder.Combine("search-index");

    /// <summary>False until the index was opened (at start-up, in the background).</summary>
    public bool IsOpen => _searchers is not null;

    /// <summary>Changes whenever searches may see different results; cached result pages vary by it.</summary>
    public long Version => Interlocked.Read(ref _version);

    private long _version;

    /// <summary>The last indexing-log entry whose change is in the committed index.</summary>
    public long Cursor { get; private set; }

    /// <summary>Opens the index; returns false when it was missing or unreadable and must be rebuilt (it is then empty).</summary>
    /// <param name="discard">Start empty even if the index is readable (its cursor does not match the database's log).</param>
    public bool Open(bool discard = false)
    {
        lock (_gate)
        {
            var healthy = !discard && TryOpen();
            if (!healthy)
            {
                Close();
                if (System.IO.Directory.Exists(Path))
                {
                    System.IO.Directory.Delete(Path, recursive: true);
                }
                OpenWriter();
                Cursor = 0;
            }
            return healthy;
        }
    }

    /// <summary>
    /// The index folder read with positional file reads (<see cref="NIOFSDirectory"/>), not memory-mapped as
    /// <c>FSDirectory.Open</c> chooses on 64-bit systems: Lucene.NET 4.8's <c>MMapDirectory</c> registers every clone of an
    /// input (several per query) in a <c>ConditionalWeakTable</c>, whose handles the garbage collector scans at every
    /// collection, so searches got slower the longer a node served them (apache/lucenenet#1151; docs/benchmarks.md).
    /// </summary>
    internal static FSDirectory OpenDirectory(string path) => new NIOFSDirectory(new DirectoryInfo(path));

    private bool TryOpen()
    {
        try
        {
            _directory = OpenDirectory(Path);
            if (!DirectoryReader.IndexExists(_directory))
            {
                logger.LogInformation("Search index at {Path} is missing; it will be rebuilt", Path);
                return false;
            }
            CheckIndexIsReadable();
            OpenWriter();
            var data = _writer!.CommitData;
            Cursor = data is not null && data.TryGetValue(CursorKey, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var cursor) ? cursor : 0;
            return data is not null && data.ContainsKey(CursorKey);
        }
        // A lock held by another process is not damage: the caller fails rather than deleting a live index.
        catch (Exception e) when (e is not LockObtainFailedException && e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidOperationException)
        {
            logger.LogWarning(e, "Search index at {Path} is unreadable; it will be rebuilt", Path);
            return false;
        }
    }

    /// <summary>The committed cursor and when its log entry was logged (null for an index written before that was kept),
    /// read without opening the index; null when there is no readable index.</summary>
    public (long Cursor, DateTime? LoggedUtc)? ReadCommittedCursor()
    {
        try
        {
            using var directory = OpenDirectory(Path);
            if (!DirectoryReader.IndexExists(directory))
            {
                return null;
            }
            using var reader = DirectoryReader.Open(directory);
            var data = reader.IndexCommit.UserData;
            if (data is null || !data.TryGetValue(CursorKey, out var value) || !long.TryParse(value, CultureInfo.InvariantCulture, out var cursor))
            {
                return null;
            }
            DateTime? logged = data.TryGetValue(CursorLoggedKey, out var ticks) && long.TryParse(ticks, CultureInfo.InvariantCulture, out var t)
                ? new DateTime(t, DateTimeKind.Utc)
                : null;
            return (cursor, logged);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            // Open finds it unreadable too and rebuilds it.
            return null;
        }
    }

    private void CheckIndexIsReadable()
    {
        using var reader = DirectoryReader.Open(_directory);
        _ = reader.NumDocs;
    }

    private void OpenWriter()
    {
        _directory ??= OpenDirectory(Path);
        // A larger buffer than the default 16 MB: a rebuild then flushes (and merges) a few big segments instead of many small ones.
        var config = new IndexWriterConfig(CzechSearchAnalyzer.Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND, RAMBufferSizeMB = 64 };
        _writer = new IndexWriter(_directory, config);
        if (!DirectoryReader.IndexExists(_directory))
        {
            _writer.Commit();
        }
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    public void Upsert(SearchDocument document) => Writer.UpdateDocument(KeyTerm(document.Kind, document.ItemId), SearchFields.ToLucene(document));

    public void Delete(string kind, string itemId) => Writer.DeleteDocuments(KeyTerm(kind, itemId));

    /// <summary>Replaces every document with those of <paramref name="sources"/> and commits them with <paramref name="cursor"/>;
    /// searches see the old documents until the commit. Returns the number of documents indexed.</summary>
    public async Task<int> RebuildAsync(IEnumerable<IAsyncEnumerable<SearchDocument>> sources, long cursor, DateTime? cursorLoggedUtc, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var writer = Writer;
        writer.DeleteAll();
        var count = 0;
        foreach (var source in sources)
        {
            await foreach (var document in source.WithCancellation(cancellationToken))
            {
                // After DeleteAll every key is new: adding skips the per-document delete term an update would buffer.
                writer.AddDocument(SearchFields.ToLucene(document));
                count++;
                progress?.Invoke(count);
            }
        }
        Commit(cursor, cursorLoggedUtc);
        return count;
    }

    /// <summary>Commits what was written together with the new cursor (the log entry's id and when it was logged, as
    /// read from the database), then makes it visible to searches.</summary>
    public void Commit(long cursor, DateTime? cursorLoggedUtc)
    {
        var data = new Dictionary<string, string> { [CursorKey] = cursor.ToString(CultureInfo.InvariantCulture) };
        if (cursorLoggedUtc is { } logged)
        {
            data[CursorLoggedKey] = logged.Ticks.ToString(CultureInfo.InvariantCulture);
        }
        Writer.SetCommitData(data);
        Writer.Commit();
        // Searchers first, then the cursor: whoever sees the new cursor (a test waiting for the index, the admin's
        // status) must also find the documents it covers.
        _searchers!.MaybeRefreshBlocking();
        Cursor = cursor;
        Interlocked.Increment(ref _version);
    }

    /// <summary>Runs <paramref name="search"/> on the current searcher and releases it.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searchers = _searchers ?? throw new InvalidOperationException("The search index is not open yet.");
        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public int DocumentCount => IsOpen ? Search(s => s.IndexReader.NumDocs) : 0;

    public long SizeOnDisk => System.IO.Directory.Exists(Path)
        ? new DirectoryInfo(Path).EnumerateFiles().Sum(f => f.Length)
        : 0;

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("The search index is not open yet.");

    private static Term KeyTerm(string kind, string itemId) => new(SearchFields.Key, kind + ":" + itemId);

    private void Close()
    {
        _searchers?.Dispose();
        _searchers = null;
        _writer?.Dispose();
        _writer = null;
        _directory?.Dispose();
        _directory = null;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            Close();
        }
    }
}
