using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Forms.Services;

/// <summary>
/// The bytes of form attachments in the data folder, <c>forms/attachments/{id}</c>: outside the web root, so that they
/// are served only by the pages that check who asks (the citizen who uploaded it, staff with <c>Forms.ViewSubmissions</c>).
/// </summary>
public sealed class FormAttachmentFiles(DataFolder dataFolder)
{
    public string PathOf(Guid attachmentId) => dataFolder.Combine("forms", "attachments", attachmentId.ToString("N"));

    public async Task WriteAsync(Guid attachmentId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var path = PathOf(attachmentId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, cancellationToken);
    }

    /// <summary>The bytes for reading, or null when the file is missing.</summary>
    public Stream? Open(Guid attachmentId)
    {
        var path = PathOf(attachmentId);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true) : null;
    }

    public void Delete(Guid attachmentId) => File.Delete(PathOf(attachmentId));
}
