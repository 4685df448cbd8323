namespace Pelhrimov.Tests.Infrastructure;

/// <summary>Signs a client in to the admin through the real sign-in form (<c>POST /admin/prihlaseni</c>).</summary>
public static class StaffSignIn
{
    public const string Path = "/admin/prihlaseni";

    /// <summary>Posts the sign-in form and returns the response, whatever it is (for tests of failed sign-ins).</summary>
    public static Task<HttpResponseMessage> PostSignInAsync(this HttpClient client, string email, string password, string returnUrl = "/admin") =>
        AntiforgeryForm.PostAsync(client, Path, new Dictionary<string, string?>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["ReturnUrl"] = returnUrl,
        });

    /// <summary>Signs in and throws unless the app let the user in (redirected away from the sign-in page).</summary>
    public static async Task SignInAsStaffAsync(this HttpClient client, string email, string password, string returnUrl = "/admin")
    {
        using var response = await client.PostSignInAsync(email, password, returnUrl);
        var status = (int)response.StatusCode;
        var landedOn = status is >= 300 and < 400
            ? response.Headers.Location?.OriginalString ?? ""
            : response.RequestMessage!.RequestUri!.AbsolutePath;
        var stayedOnSignIn = landedOn.StartsWith(Path, StringComparison.OrdinalIgnoreCase);
        if (status >= 400 || stayedOnSignIn)
        {
            var page = await response.ReadHtmlAsync();
            var errors = page.QuerySelector(".error-summary, [role=alert]")?.TextContent.Trim();
            throw new InvalidOperationException(
                $"Sign-in as {email} failed: {status} {response.StatusCode}, on {landedOn}. {errors}".Trim());
        }
    }

    /// <summary>Signs in as the test administrator of <see cref="PortalApp"/>.</summary>
    public static Task SignInAsAdminAsync(this HttpClient client) =>
        client.SignInAsStaffAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);
}
