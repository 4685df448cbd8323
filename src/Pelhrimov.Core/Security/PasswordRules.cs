using Microsoft.AspNetCore.Identity;

namespace Pelhrimov.Core.Security;

/// <summary>
/// The password and lockout rules of every account kind (staff and citizens). ASP.NET Core Identity keeps one
/// <see cref="IdentityOptions"/> for the whole application, so the rules live here once instead of in each module.
/// </summary>
public static class PasswordRules
{
    public static void Apply(IdentityOptions o)
    {
        o.Password.RequiredLength = 12;
        o.Password.RequireUppercase = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireDigit = true;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
    }
}
