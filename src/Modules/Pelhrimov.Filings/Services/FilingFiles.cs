using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Filings.Services;

/// <summary>The documents' bytes in the shared store: <c>filings/{filing id}/{document id}</c>.</summary>
public sealed class FilingFiles(DataFolder dataFolder)
{
    public string PathOf(Guid filingId, Guid documentId) =>
        dataFolder.CombineShared("filings", filingId.ToString("N"), documentId.ToString("N"));

    public async Task WriteAsync(Guid filingId, Guid documentId, byte[] content, CancellationToken cancellationToken)
    {
        var path = PathOf(filingId, documentId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written aside and moved into place, so a reader on any node sees the whole document or none.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The bytes for reading, or null when the file is missing.</summary>
    public Stream? Open(Guid filingId, Guid documentId)
    {
        var path = PathOf(filingId, documentId);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true) : null;
    }
}
