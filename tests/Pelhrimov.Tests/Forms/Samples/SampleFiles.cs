using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Tests.Forms.Samples;

/// <summary>The repository's App_Data.sample (the source the sample recipe ships), found above the test binaries.</summary>
internal static class SampleFiles
{
    public static readonly string Folder = Path.Combine(RepositoryRoot(), "App_Data.sample");

    /// <summary>A sample form read as the recipe reads it; throws with the reader's problems when it is not valid.</summary>
    public static FormDefinition Form(string slug)
    {
        var result = FormDefinitionReader.Read(File.ReadAllText(Path.Combine(Folder, "forms", slug + ".json")));
        return result.IsValid ? result.Form! : throw new InvalidOperationException(string.Join("; ", result.Problems.Select(p => $"{p.Path}: {p.Message}")));
    }

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PelhrimovSite.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("PelhrimovSite.sln not found above " + AppContext.BaseDirectory);
    }
}
