using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Tests.Search;

/// <summary>The index is the node's own and is rebuilt without help when it is missing or broken.</summary>
public sealed class SearchStartupTests
{
    [Fact]
    public async Task Index_is_rebuilt_at_start_up_when_its_folder_was_deleted()
    {
        await using var site = await TestSite.CreateAsync();
        await using var second = await RestartAfterAsync(site, indexPath => Directory.Delete(indexPath, recursive: true));

        Assert.True(Directory.Exists(second.Services.GetRequiredService<DataFolder>().Combine("search-index")));
        Assert.Equal("/zivotni-situace/prihlaseni-psa-a-poplatek-ze-psu", second.Urls("prihlaseni psa")[0]);
    }

    [Fact]
    public async Task Corrupt_index_is_rebuilt_at_start_up()
    {
        await using var site = await TestSite.CreateAsync();
        await using var second = await RestartAfterAsync(site, indexPath =>
        {
            foreach (var file in Directory.GetFiles(indexPath, "segments*"))
            {
                File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);
            }
        });

        Assert.Contains("/zivotni-situace/poplatek-za-komunalni-odpad", second.Urls("odpady").Take(3));
    }

    // Starts an app on the site until its index is complete, stops it, damages the index, starts a second app and
    // waits until that one has its index back.
    private static async Task<PortalApp> RestartAfterAsync(TestSite site, Action<string> damage)
    {
        string indexPath;
        await using (var first = await PortalApp.StartAsync(site))
        {
            await first.WaitForIndexAsync();
            indexPath = first.Services.GetRequiredService<DataFolder>().Combine("search-index");
        }
        damage(indexPath);

        var second = await PortalApp.StartAsync(site);
        await second.WaitForIndexAsync();
        return second;
    }
}
