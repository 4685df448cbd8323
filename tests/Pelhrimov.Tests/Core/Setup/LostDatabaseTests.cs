using Pelhrimov.Core.Data;

namespace Pelhrimov.Tests.Core.Setup;

/// <summary>A data folder that held a site is never set up again as a new sample site when its database is gone.</summary>
public sealed class LostDatabaseTests
{
    [Fact]
    public async Task A_lost_database_stops_the_start_and_names_the_data_folder()
    {
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        await using (await PortalApp.StartAsync(site))
        {
        }
        await site.LoseDatabaseAsync();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => PortalApp.StartAsync(site));

        Assert.Contains(site.DataPath, error.ToString());
        Assert.Contains("restore the database", error.ToString());
        if (site.Provider == DatabaseProvider.Sqlite)
        {
            // Nothing was created in the lost database's place.
            Assert.Empty(Directory.GetFiles(site.DataPath, "portal.db*"));
        }
    }

    [Fact]
    public async Task An_emptied_data_folder_with_a_lost_database_is_set_up_as_a_new_site()
    {
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        await using (await PortalApp.StartAsync(site))
        {
        }
        await site.LoseDatabaseAsync();
        await site.DeleteDataFolderAsync();

        await using var app = await PortalApp.StartAsync(site);

        using var home = await app.CreateClient().GetAsync("/", TestContext.Current.CancellationToken);
        Assert.True(home.IsSuccessStatusCode);
    }
}
