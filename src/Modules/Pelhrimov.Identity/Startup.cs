using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Mail;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Setup;
using Pelhrimov.Identity.Data;
using Pelhrimov.Identity.Domain;
using Pelhrimov.Identity.Services;
using Pelhrimov.Identity.Setup;

namespace Pelhrimov.Identity;

/// <summary>Staff accounts: Identity stores, the <c>Staff</c> cookie, roles and permissions, setup and the admin screens.</summary>
/// <remarks>
/// Staff sign in only through the <c>Staff</c> scheme, whose cookie is scoped to <c>/admin</c>. Citizen sign-in (eID) will
/// get its own scheme and tables, so a citizen session can never satisfy an admin policy.
/// </remarks>
public sealed class Startup : ModuleStartup
{
    public const string LoginPath = "/admin/prihlaseni";
    public const string AccessDeniedPath = "/admin/pristup-odepren";
    private const string AdminPath = "/admin";

    /// <summary>Configuration key: how often an open session is checked against the account (default one minute).</summary>
    public const string SessionCheckIntervalKey = "Identity:SessionCheckInterval";

    /// <summary>Rate-limit policy of the staff forms that check a password or a code, or send an e-mail.</summary>
    public const string SignInRateLimit = "staff-sign-in";

    /// <summary>Configuration key: staff sign-in attempts (and reset requests) allowed per client address and minute (default 10).</summary>
    public const string SignInAttemptsKey = "Identity:SignInAttemptsPerMinute";

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<IdentityDataContext, SqliteIdentityDataContext, PostgresIdentityDataContext>(context, Manifest.ModuleId);

        services.AddIdentityCore<StaffUser>(ConfigureIdentity)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<IdentityDataContext>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddSignInManager<StaffSignInManager>()
            .AddErrorDescriber<CzechIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        // Forbid() without a scheme (the content editor refusing to publish) answers like a failed permission check:
        // with the access-denied page of the staff cookie, not with an exception for want of a default scheme.
        services.AddAuthentication(o => o.DefaultForbidScheme = PermissionPolicies.StaffScheme)
            .AddCookie(PermissionPolicies.StaffScheme, ConfigureStaffCookie)
            // Between password and code: who passed the password step, for five minutes.
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme, o => AdminCookie(o, "portal.staff.2fa", TimeSpan.FromMinutes(5)))
            // "Remember this device": no code asked on this browser for 30 days, until the user's security stamp changes.
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme, o =>
            {
                AdminCookie(o, "portal.staff.device", TimeSpan.FromDays(30));
                o.Events.OnValidatePrincipal = SecurityStampValidator.ValidateAsync<ITwoFactorSecurityStampValidator>;
            });
        // How soon a role change, a block or a password change reaches a session that is already open.
        // Tests shorten it to see a password reset end a session without waiting.
        var sessionCheckInterval = context.Configuration.GetValue<TimeSpan?>(SessionCheckIntervalKey) ?? TimeSpan.FromMinutes(1);
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = sessionCheckInterval;
            o.OnRefreshingPrincipal = StaffSessionValidator.KeepSessionClaim;
        });
        var attemptsPerMinute = context.Configuration.GetValue<int?>(SignInAttemptsKey) ?? 10;
        services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(o => o.AddPerAddressPolicy(SignInRateLimit, attemptsPerMinute));
        // Links in "Zapomenuté heslo" e-mails; a reset renews the security stamp, which also makes each link single-use.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = PasswordResetRequests.LinkLifetime);

        services.AddPermissions<Permissions>();
        services.AddAuditActionLabels<StaffAuditActionLabels>();
        services.AddAdminMenu<AdminMenu>();
        services.AddScoped<DefaultRoles>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<PasswordResetRequests>();
        services.AddMailTemplate(StaffMailTemplates.PasswordReset);
        services.AddSingleton<PasswordResetQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<PasswordResetQueue>());
        services.AddScoped<SignInEvents>();
        services.AddScoped<StaffUserSearch>();
        services.AddScoped<StaffUserDetails>();
        services.AddScoped<ISetupTask, DefaultRolesSetupTask>();
        services.AddScoped<ISetupTask, FirstAdministratorSetupTask>();
        services.AddRecipeStep<UsersRecipeStep>("Users");
        services.AddHostedService<DefaultRolesOnStart>();
    }

    private static void ConfigureIdentity(IdentityOptions o)
    {
        PasswordRules.Apply(o);
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }

    private static void ConfigureStaffCookie(CookieAuthenticationOptions o)
    {
        AdminCookie(o, "portal.staff", TimeSpan.FromMinutes(30));
        o.LoginPath = LoginPath;
        o.AccessDeniedPath = AccessDeniedPath;
        o.SlidingExpiration = true;
        o.Events.OnValidatePrincipal = StaffSessionValidator.ValidateAsync;
    }

    /// <summary>A cookie only the admin sees: sent to <c>/admin</c> only, hidden from scripts, not sent on cross-site posts.</summary>
    private static void AdminCookie(CookieAuthenticationOptions o, string name, TimeSpan lifetime)
    {
        o.Cookie.Name = name;
        o.Cookie.Path = AdminPath;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = lifetime;
    }
}
