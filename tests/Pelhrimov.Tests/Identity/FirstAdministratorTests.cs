using System.Net;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Tests.Identity;

/// <summary>Site setup creates the first administrator from configuration.</summary>
public sealed class FirstAdministratorTests
{
    [Fact]
    public async Task The_first_administrator_is_created_from_Admin_Email_and_Admin_Password()
    {
        const string email = "starosta@pelhrimov.test";
        const string password = "Prvni-Spravce-Pelhrimova-2026";
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            FreshSite = true,
            Settings = { ["Admin:Email"] = email, ["Admin:Password"] = password },
        });

        var client = await app.CreateStaffClientAsync(email, password);

        var (user, roles) = await app.UsersAsync(async users =>
        {
            var found = await users.FindByEmailAsync(email);
            return (found, found is null ? [] : await users.GetRolesAsync(found));
        });
        Assert.Equal([StaffRoles.Administrator], roles);
        Assert.Equal("Správce webu", user!.DisplayName);
        Assert.Null(await app.UsersAsync(users => users.FindByEmailAsync(PortalApp.AdminEmail)));
        using var users = await client.GetAsync("/admin/uzivatele");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }
}
