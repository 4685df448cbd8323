using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// The site's data folder (SQLite database, search index, mail pickup) and the sample it is created from, plus the
/// shared store for files every node must see (media, uploads, receipts, filed documents, certificates), which is the
/// data folder itself unless <c>App:SharedPath</c> names another (an NFS mount in a cluster, docs/operations.md).
/// </summary>
public sealed class DataFolder
{
    public DataFolder(string path, string samplePath, string? sharedPath = null)
    {
        Path = System.IO.Path.GetFullPath(path);
        SamplePath = samplePath;
        SharedPath = string.IsNullOrWhiteSpace(sharedPath) ? Path : System.IO.Path.GetFullPath(sharedPath);
    }

    /// <summary>Absolute path of the data folder, <c>App_Data/</c> under the content root unless <c>App:DataPath</c> says otherwise.</summary>
    public string Path { get; }

    /// <summary>Absolute path of <c>App_Data.sample/</c>, the recipe and files a new site is set up from.</summary>
    public string SamplePath { get; }

    /// <summary>Absolute path of the store shared by all nodes; the data folder unless <c>App:SharedPath</c> is set.</summary>
    public string SharedPath { get; }

    /// <summary>A path in this node's data folder: what each node keeps for itself.</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>A path in the shared store: what a file written on one node must be readable from on every other.</summary>
    public string CombineShared(params string[] parts) => System.IO.Path.Combine([SharedPath, .. parts]);

    public static DataFolder FromConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["App:DataPath"];
        var path = string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(environment.ContentRootPath, "App_Data")
            : System.IO.Path.Combine(environment.ContentRootPath, configured);
        var shared = configuration["App:SharedPath"];
        return new DataFolder(path, FindSample(configuration, environment),
            string.IsNullOrWhiteSpace(shared) ? null : System.IO.Path.Combine(environment.ContentRootPath, shared));
    }

    private static string FindSample(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration["App:SamplePath"] is { Length: > 0 } configured)
        {
            return System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, configured));
        }

        // The sample is copied next to the binaries at build time; a checkout also has it at the repository root.
        string[] candidates =
        [
            System.IO.Path.Combine(AppContext.BaseDirectory, "App_Data.sample"),
            System.IO.Path.Combine(environment.ContentRootPath, "App_Data.sample"),
            System.IO.Path.Combine(environment.ContentRootPath, "..", "..", "App_Data.sample"),
        ];
        return System.IO.Path.GetFullPath(candidates.FirstOrDefault(Directory.Exists) ?? candidates[0]);
    }
}
