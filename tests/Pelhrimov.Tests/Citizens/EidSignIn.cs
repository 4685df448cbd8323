using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Tests.Citizens;

/// <summary>Drives a browser-like eID sign-in at the portal against the in-process NIA simulator, over real HTTP.</summary>
internal static class EidSignIn
{
    /// <summary>
    /// Starts the sign-in at the portal, lets the simulator answer as <paramref name="persona"/> (the <c>persona=</c> pre-selection
    /// that automated tests use), and returns the portal's answer to NIA's redirect, not followed.
    /// </summary>
    public static async Task<HttpResponseMessage> CallbackAsync(
        HttpClient client, string persona, string? fault = null, bool refuseAtNia = false, string returnUrl = "/muj-ucet")
    {
        var callback = await CallbackUrlAsync(client, persona, fault, refuseAtNia, returnUrl);
        return await client.GetAsync(callback);
    }

    /// <summary>The URL NIA sends the browser back to (code and state), without visiting it.</summary>
    public static async Task<Uri> CallbackUrlAsync(HttpClient client, string persona, string? fault = null, bool refuseAtNia = false, string returnUrl = "/muj-ucet")
    {
        using var start = await client.GetAsync("/prihlaseni/eid?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var authorize = start.Headers.Location!.ToString();
        Assert.Contains("/nia-simulator/FPSTS/oidc/authorize?", authorize);
        authorize = QueryHelpers.AddQueryString(authorize, "persona", persona);
        if (fault is not null)
        {
            authorize = QueryHelpers.AddQueryString(authorize, "fault", fault);
        }
        if (refuseAtNia)
        {
            authorize = QueryHelpers.AddQueryString(authorize, "consent", "refuse");
        }
        using var nia = await client.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, nia.StatusCode);
        return nia.Headers.Location!;
    }

    /// <summary>A whole eID sign-in, agreeing to the consent when asked; returns where the portal finally sends the browser.</summary>
    public static async Task<string> SignInAsync(HttpClient client, string persona, string returnUrl = "/muj-ucet")
    {
        using var callback = await CallbackAsync(client, persona, returnUrl: returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        var completion = callback.Headers.Location!.ToString();
        Assert.Contains("/prihlaseni/dokonceni", completion);
        using var complete = await client.GetAsync(completion);
        if (complete.StatusCode == HttpStatusCode.Redirect)
        {
            return complete.Headers.Location!.ToString();
        }
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        using var agreed = await AgreeAsync(client, completion);
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        return agreed.Headers.Location!.ToString();
    }

    /// <summary>Submits the consent form shown at <paramref name="completionUrl"/>.</summary>
    public static Task<HttpResponseMessage> AgreeAsync(HttpClient client, string completionUrl, bool agree = true) =>
        AntiforgeryForm.PostAsync(client, completionUrl,
            new Dictionary<string, string?> { ["Input.Agree"] = agree ? "true" : null }, "form[action^='/prihlaseni/souhlas']");

    public static Task<CitizenAccount?> AccountAsync(PortalApp app, string givenName, string familyName) =>
        app.InScopeAsync(services => services.GetRequiredService<CitizensDbContext>().Users.AsNoTracking()
            .FirstOrDefaultAsync(a => a.GivenName == givenName && a.FamilyName == familyName));

    public static Task<List<AuditEntry>> AuditAsync(PortalApp app, string action) =>
        app.InScopeAsync(services => services.GetRequiredService<CoreDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == action).ToListAsync());

    /// <summary>Creates a registered account with a confirmed address directly in the store (registration itself is tested elsewhere).</summary>
    public static Task<CitizenAccount> RegisteredAccountAsync(PortalApp app, string email, string password, bool confirmed = true) =>
        app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<CitizenAccount>>();
            var account = new CitizenAccount { Email = email, EmailConfirmed = confirmed, CreatedUtc = DateTime.UtcNow };
            var result = await users.CreateAsync(account, password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            var db = services.GetRequiredService<CitizensDbContext>();
            var consents = services.GetRequiredService<Pelhrimov.Citizens.Services.ConsentTexts>();
            consents.Grant(account.Id, (await consents.CurrentAsync()).Version, "registration");
            await db.SaveChangesAsync();
            return account;
        });

    /// <summary>Whether the client has a citizen session: <c>/muj-ucet</c> answers instead of sending it to sign in.</summary>
    public static async Task<bool> IsSignedInAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/muj-ucet");
        return !(response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location!.ToString().Contains("/prihlaseni?", StringComparison.Ordinal));
    }
}
