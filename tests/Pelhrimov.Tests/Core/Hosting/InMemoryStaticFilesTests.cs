using Microsoft.Extensions.FileProviders;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Tests.Core.Hosting;

public sealed class InMemoryStaticFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pelhrimov-static-").FullName;

    [Fact]
    public void A_file_is_read_from_disk_once_and_then_served_from_memory()
    {
        File.WriteAllText(Path.Combine(_root, "site.css"), "body { color: black; }");
        var files = new InMemoryStaticFiles(new PhysicalFileProvider(_root));
        var first = files.GetFileInfo("/site.css");
        File.Delete(Path.Combine(_root, "site.css"));

        var second = files.GetFileInfo("/site.css");

        Assert.True(second.Exists);
        Assert.Null(second.PhysicalPath);
        Assert.Equal(first.LastModified, second.LastModified);
        using var reader = new StreamReader(second.CreateReadStream());
        Assert.Equal("body { color: black; }", reader.ReadToEnd());
    }

    [Fact]
    public void Missing_and_large_files_are_not_kept_in_memory()
    {
        File.WriteAllBytes(Path.Combine(_root, "big.bin"), new byte[InMemoryStaticFiles.MaxFileBytes + 1]);
        var files = new InMemoryStaticFiles(new PhysicalFileProvider(_root));

        Assert.False(files.GetFileInfo("/neexistuje.css").Exists);
        File.WriteAllText(Path.Combine(_root, "neexistuje.css"), "x");
        Assert.True(files.GetFileInfo("/neexistuje.css").Exists);
        Assert.NotNull(files.GetFileInfo("/big.bin").PhysicalPath);
    }

    [Fact]
    public void Outside_the_web_root_nothing_is_found()
    {
        var files = new InMemoryStaticFiles(new PhysicalFileProvider(_root));

        Assert.False(files.GetFileInfo("/../etc/passwd").Exists);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
