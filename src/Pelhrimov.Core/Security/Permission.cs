using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Security;

/// <summary>A named right a module declares, e.g. <c>Content.Publish</c>.</summary>
public sealed record Permission(string Name, string Description);

/// <summary>The staff roles every site has. Administrators hold every permission.</summary>
public static class StaffRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Clerk = "Clerk";

    public static readonly IReadOnlyList<string> All = [Administrator, Editor, Clerk];

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Administrátor",
        Editor => "Redaktor",
        Clerk => "Úředník",
        _ => role,
    };
}

/// <summary>Declares a module's permissions and which default roles receive them.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>Permissions given to each default role when a site is set up.</summary>
    IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles();
}

/// <summary>Requires a staff user that holds the permission through one of their roles.</summary>
public sealed class AuthorizePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicies.Prefix + permission);

public static class PermissionRegistration
{
    public static IServiceCollection AddPermissions<TProvider>(this IServiceCollection services)
        where TProvider : class, IPermissionProvider =>
        services.AddSingleton<IPermissionProvider, TProvider>();
}
