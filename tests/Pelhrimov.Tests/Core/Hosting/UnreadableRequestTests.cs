using System.Net;
using System.Text;

namespace Pelhrimov.Tests.Core.Hosting;

[Collection(PortalCollection.Name)]
public sealed class UnreadableRequestTests(PortalApp app)
{
    [Fact]
    public async Task An_eID_sign_in_start_with_an_unreadable_body_is_a_bad_request()
    {
        // MVC cannot read the form, skips binding, and left the action's [FromServices] parameters null (a 500).
        using var request = new HttpRequestMessage(HttpMethod.Get, "/prihlaseni/eid")
        {
            Content = new StringContent("--b\r\nnot a part", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        using var response = await app.CreateClient(allowAutoRedirect: false).SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
