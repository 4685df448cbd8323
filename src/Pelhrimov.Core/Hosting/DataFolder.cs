using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Pelhrimov.Core.Hosting;

/// <summary>The site's data folder (database, media, keys, index) and the sample it is created from.</summary>
public sealed class DataFolder
{
    public DataFolder(string path, string samplePath)
    {
        Path = System.IO.Path.GetFullPath(path);
        SamplePath = samplePath;
    }

    /// <summary>Absolute path of the data folder, <c>App_Data/</c> under the content root unless <c>App:DataPath</c> says otherwise.</summary>
    public string Path { get; }

    /// <summary>Absolute path of <c>App_Data.sample/</c>, the recipe and files a new site is set up from.</summary>
    public string SamplePath { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public static DataFolder FromConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["App:DataPath"];
        var path = string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(environment.ContentRootPath, "App_Data")
            : System.IO.Path.Combine(environment.ContentRootPath, configured);
        return new DataFolder(path, FindSample(configuration, environment));
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
