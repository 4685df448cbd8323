using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Forms.Submissions;

/// <summary>The PDF receipts in the data folder under <c>forms/receipts/{submission id}.pdf</c>, written whole or not at all.</summary>
public sealed class ReceiptFiles(DataFolder dataFolder)
{
    public string PathOf(Guid submissionId) => dataFolder.CombineShared("forms", "receipts", submissionId.ToString("N") + ".pdf");

    public async Task WriteAsync(Guid submissionId, byte[] pdf, CancellationToken cancellationToken)
    {
        var path = PathOf(submissionId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, pdf, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public Stream? Open(Guid submissionId)
    {
        var path = PathOf(submissionId);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true) : null;
    }
}
