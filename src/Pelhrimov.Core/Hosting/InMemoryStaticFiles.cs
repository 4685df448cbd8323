using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// The web root's small files kept in memory after their first request. Serving a file from disk opened, read (through
/// the thread pool) and closed it for every request: 44 µs of a static file's 49 µs (docs/benchmarks.md). The files
/// of a deployment do not change while it runs; a new deployment is a new process.
/// </summary>
/// <remarks>Only files the inner provider finds (its path checks stay in force) and only up to <see cref="MaxFileBytes"/>
/// each and <see cref="MaxTotalBytes"/> in all; a file that does not exist is never remembered, so invented paths
/// cannot grow memory. Directories and watching go to the inner provider.</remarks>
public sealed class InMemoryStaticFiles(IFileProvider inner) : IFileProvider
{
    public const int MaxFileBytes = 512 * 1024;
    public const long MaxTotalBytes = 32 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, IFileInfo> _files = new(StringComparer.Ordinal);
    private long _totalBytes;

    public IFileInfo GetFileInfo(string subpath)
    {
        if (_files.TryGetValue(subpath, out var cached))
        {
            return cached;
        }
        var file = inner.GetFileInfo(subpath);
        if (!file.Exists || file.IsDirectory || file.Length > MaxFileBytes || Interlocked.Read(ref _totalBytes) + file.Length > MaxTotalBytes)
        {
            return file;
        }
        byte[] bytes;
        using (var stream = file.CreateReadStream())
        using (var copy = new MemoryStream((int)file.Length))
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }
        var memory = new InMemoryFile(file.Name, file.LastModified, bytes);
        if (_files.TryAdd(subpath, memory))
        {
            Interlocked.Add(ref _totalBytes, bytes.Length);
        }
        return memory;
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => inner.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => inner.Watch(filter);

    /// <summary>No physical path: the static file middleware then streams the bytes instead of opening a file.</summary>
    private sealed class InMemoryFile(string name, DateTimeOffset lastModified, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;

        public long Length => bytes.Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => lastModified;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
