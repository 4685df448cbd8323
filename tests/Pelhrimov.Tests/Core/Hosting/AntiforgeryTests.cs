using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Tests.Core.Hosting;

[Collection(PortalCollection.Name)]
public sealed class AntiforgeryTests(PortalApp app)
{
    [Fact]
    public async Task Sign_in_post_without_antiforgery_token_is_rejected_and_changes_nothing()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        var auditBefore = await AuditEntryCountAsync();

        using var response = await client.PostAsync(StaffSignIn.Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = PortalApp.AdminEmail,
            ["Password"] = PortalApp.AdminPassword,
            ["ReturnUrl"] = "/admin",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(auditBefore, await AuditEntryCountAsync());
        using var admin = await client.GetAsync("/admin", TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.OK, admin.StatusCode);
    }

    private Task<int> AuditEntryCountAsync() =>
        app.InScopeAsync(services => services.GetRequiredService<CoreDbContext>().AuditEntries.CountAsync());
}
