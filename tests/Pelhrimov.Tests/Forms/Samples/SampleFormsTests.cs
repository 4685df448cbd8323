using System.Text.Json;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Tests.Forms.Samples;

/// <summary>The sample forms in App_Data.sample/forms, as the sample recipe loads them into a new site.</summary>
public sealed class SampleFormsTests
{
    private static readonly string Sample = SampleFiles.Folder;

    public static TheoryData<string> Files() => [.. FileNames()];

    [Fact]
    public void There_are_at_least_25_sample_forms() => Assert.True(FileNames().Count >= 25, $"Only {FileNames().Count} sample forms.");

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_sample_form_is_a_valid_definition_named_after_its_slug(string file)
    {
        var result = FormDefinitionReader.Read(File.ReadAllText(Path.Combine(Sample, "forms", file)));

        Assert.True(result.IsValid, string.Join("\n", result.Problems.Select(p => $"{file} {p.Path}: {p.Message}")));
        Assert.Equal(Path.GetFileNameWithoutExtension(file), result.Form!.Slug);
    }

    [Fact]
    public void Slugs_are_unique()
    {
        var slugs = FileNames().Select(file => Slug(Path.Combine(Sample, "forms", file))).ToList();

        Assert.Equal(slugs.Count, slugs.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_sample_form_is_linked_to_life_situations_that_exist_in_the_sample_content(string file)
    {
        using var form = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "forms", file)));
        var linked = form.RootElement.GetProperty("lifeSituations").EnumerateArray().Select(s => s.GetString()!).ToList();

        Assert.NotEmpty(linked);
        Assert.All(linked, slug => Assert.Contains(slug, LifeSituationSlugs()));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_life_situation_of_a_sample_form_links_to_it_among_its_forms(string file)
    {
        var slug = Slug(Path.Combine(Sample, "forms", file));
        using var form = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "forms", file)));
        var situations = LifeSituations();

        Assert.All(form.RootElement.GetProperty("lifeSituations").EnumerateArray().Select(s => s.GetString()!),
            situation => Assert.Contains($"href=\"/formulare/{slug}\"", situations[situation], StringComparison.Ordinal));
    }

    [Fact]
    public void The_required_municipal_forms_are_among_the_samples()
    {
        var slugs = FileNames().Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);

        Assert.Subset(slugs, new HashSet<string?>(StringComparer.Ordinal)
        {
            "ohlaseni-psa", "prihlaska-poplatek-odpad", "zabor-verejneho-prostranstvi", "zmena-trvaleho-pobytu", "rybarsky-listek",
            "zadost-o-informace", "zavada-verejneho-osvetleni", "parkovaci-karta", "pronajem-salu",
        });
    }

    private static List<string> FileNames() =>
        [.. Directory.GetFiles(Path.Combine(Sample, "forms"), "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>The slugs of every life situation the sample recipe's Content step loads.</summary>
    private static HashSet<string> LifeSituationSlugs() => [.. LifeSituations().Keys];

    /// <summary>Every life situation the sample recipe's Content step loads, by slug, as the text of its fields.</summary>
    private static Dictionary<string, string> LifeSituations()
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "recipe.json")));
        var files = recipe.RootElement.GetProperty("steps").EnumerateArray()
            .Where(step => step.GetProperty("name").GetString() == "Content")
            .SelectMany(step => step.GetProperty("files").EnumerateArray().Select(f => f.GetString()!));
        var situations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var contentFile in files)
        {
            using var content = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, contentFile)));
            foreach (var item in content.RootElement.EnumerateArray().Where(item => item.GetProperty("type").GetString() == "LifeSituation"))
            {
                situations[item.GetProperty("slug").GetString()!] = string.Concat(item.GetProperty("fields").EnumerateObject()
                    .Where(field => field.Value.ValueKind == JsonValueKind.String).Select(field => field.Value.GetString()));
            }
        }

        return situations;
    }

    private static string Slug(string path)
    {
        using var form = JsonDocument.Parse(File.ReadAllText(path));
        return form.RootElement.GetProperty("slug").GetString()!;
    }
}
