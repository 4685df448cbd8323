using System.Net;

namespace Pelhrimov.Tests.Core.Hosting;

/// <summary>A sign-in that should return to a page with Czech letters in its address does so, with a session.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReturnUrlTests(PortalApp app)
{
    [Fact]
    public async Task Staff_sign_in_returns_to_an_address_with_Czech_letters_percent_encoded()
    {
        var client = app.CreateClient(allowAutoRedirect: false);

        using var response = await client.PostSignInAsync(PortalApp.AdminEmail, PortalApp.AdminPassword, "/admin/obsah?hledat=zpráva");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/obsah?hledat=zpr%C3%A1va", response.Headers.Location?.OriginalString);
        using var admin = await client.GetAsync("/admin", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }
}
