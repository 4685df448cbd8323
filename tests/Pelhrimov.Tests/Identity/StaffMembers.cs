using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Identity.Domain;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Tests.Identity;

/// <summary>A staff account a test created, with the password it signs in with.</summary>
internal sealed record StaffMember(Guid Id, string Email, string Password);

/// <summary>Shortcuts of the Identity tests: accounts with a known password, their audit entries, the staff cookie.</summary>
internal static class StaffMembers
{
    public const string Password = "Pelhrimov-Zkouska-2026";

    /// <summary>Creates an account with <paramref name="role"/> the way the admin does (through <see cref="StaffAccounts"/>).</summary>
    public static async Task<StaffMember> CreateStaffAsync(this PortalApp app, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.cz";
        var (result, user) = await app.InScopeAsync(sp =>
            sp.GetRequiredService<StaffAccounts>().CreateAsync(email, "Zkušební " + role, role, Password));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return new StaffMember(user.Id, email, Password);
    }

    public static Task<T> UsersAsync<T>(this PortalApp app, Func<UserManager<StaffUser>, Task<T>> work) =>
        app.InScopeAsync(sp => work(sp.GetRequiredService<UserManager<StaffUser>>()));

    public static Task<StaffUser> StoredAsync(this PortalApp app, StaffMember member) =>
        app.UsersAsync(async users => (await users.FindByIdAsync(member.Id.ToString()))!);

    /// <summary>The audit entries about the account, oldest first.</summary>
    public static Task<List<AuditEntry>> AuditOfAsync(this PortalApp app, StaffMember member) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().AuditEntries
            .Where(a => a.EntityId == member.Id.ToString())
            .OrderBy(a => a.Id)
            .ToListAsync());

    /// <summary>Whether the browser holding <paramref name="jar"/> would send a staff session cookie to the admin.</summary>
    public static bool HasStaffSession(this PortalApp app, CookieContainer jar) =>
        LoopbackCookieHandler.CookiesFor(jar, new Uri(app.BaseAddress, "/admin")).Any(c => c.Name == "portal.staff");

    /// <summary>The path the client ended on after following redirects.</summary>
    public static string LandedOn(this HttpResponseMessage response) => response.RequestMessage!.RequestUri!.AbsolutePath;

    public static async Task<string> ErrorsOnAsync(this HttpResponseMessage response)
    {
        var page = await response.ReadHtmlAsync();
        return string.Join(" | ", page.QuerySelectorAll(".error-summary li, .field-error").Select(e => e.TextContent.Trim()));
    }
}
