using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Tests.Search;

/// <summary>The recipe's default thesaurus passes every check an editor's entry passes, so the recipe leaves none of it out.</summary>
[Collection(PortalCollection.Name)]
public sealed class ThesaurusSeedTests(PortalApp app)
{
    [Fact]
    public async Task Every_entry_of_the_default_thesaurus_passes_the_editors_checks()
    {
        var path = Path.Combine(app.Services.GetRequiredService<DataFolder>().SamplePath, "search", "thesaurus.csv");
        var (rows, error) = ThesaurusCsv.Parse(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Null(error);
        Assert.True(rows.Count >= 150);

        // Checked as an import into an empty thesaurus: each row against the rows before it.
        var errors = await app.InScopeAsync(sp =>
        {
            var index = sp.GetRequiredService<SearchIndex>();
            var accepted = new List<Pelhrimov.Search.Domain.ThesaurusEntry>();
            var found = new List<string>();
            for (var i = 0; i < rows.Count; i++)
            {
                var rowErrors = ThesaurusEntries.Validate(rows[i], accepted, index.Analyzer);
                found.AddRange(rowErrors.Select(e => $"{i + 1} ({rows[i].Terms}): {e.Message}"));
                if (rowErrors.Count == 0)
                {
                    accepted.Add(new() { Terms = rows[i].Terms!, Synonyms = rows[i].Synonyms!, TwoWay = rows[i].TwoWay });
                }
            }
            return Task.FromResult(found);
        });

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
