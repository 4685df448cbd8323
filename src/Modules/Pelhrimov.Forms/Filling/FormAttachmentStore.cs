using System.Security.Cryptography;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Forms.Filling;

/// <summary>
/// The bytes of uploads in the data folder under <c>forms/attachments/{id}</c>, outside the web root: served only
/// through the pages that check the owner (the citizen, staff). Written to a temporary name and moved into place, so a
/// file under its id is always complete.
/// </summary>
public sealed class FormAttachmentStore(DataFolder dataFolder)
{
    public string PathOf(Guid id) => dataFolder.CombineShared("forms", "attachments", id.ToString("N"));

    /// <summary>Writes the stream and returns its SHA-256 (lower-case hex).</summary>
    public async Task<string> WriteAsync(Guid id, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var target = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            await target.FlushAsync(cancellationToken);
        }
        File.Move(temporary, path, overwrite: true);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The bytes for reading, or null when the file is missing.</summary>
    public Stream? Open(Guid id)
    {
        var path = PathOf(id);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true) : null;
    }

    public void Delete(Guid id)
    {
        var path = PathOf(id);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
