using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Nia;
using Pelhrimov.Citizens.Services;
using Pelhrimov.Citizens.ViewComponents;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Mail;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens;

/// <summary>Citizen accounts, the citizen session cookie, eID sign-in through NIA, password sign-in, consents, the profile.</summary>
/// <remarks>
/// The module also makes the citizen session the site's default identity outside <c>/admin</c> (and the staff session
/// inside it), so public pages know who is signed in while admin pages keep seeing only staff.
/// </remarks>
public sealed class Startup : ModuleStartup
{
    public const string LoginPath = "/prihlaseni";
    public const string StepUpPath = "/prihlaseni/overeni";
    public const string LogoutPath = "/odhlaseni";

    /// <summary>Rate-limit policy of every form that checks a password or sends an e-mail.</summary>
    public const string PasswordRateLimit = "citizen-password";

    /// <summary>Configuration key: password sign-ins, links and registrations allowed per client address and minute (default 10).</summary>
    public const string PasswordAttemptsKey = "Citizens:PasswordAttemptsPerMinute";

    private const string DefaultScheme = "Portal";

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<CitizensDbContext, SqliteCitizensDbContext, PostgresCitizensDbContext>(context, Manifest.ModuleId);

        var niaSection = context.Configuration.GetSection(NiaOptions.Section);
        services.Configure<NiaOptions>(niaSection);
        services.Configure<CitizenSessionOptions>(context.Configuration.GetSection(CitizenSessionOptions.Section));
        var niaOptions = niaSection.Get<NiaOptions>() ?? new NiaOptions();
        var minimumLevel = niaOptions.MinimumLevel;
        var niaProblem = NiaSettings.Check(niaOptions);
        if (niaProblem is not null && context.Environment.IsProduction())
        {
            throw new InvalidOperationException($"eID sign-in cannot work with these settings: {niaProblem} See docs/nia.md.");
        }
        services.AddSingleton(new NiaSettings(niaProblem));
        var sessions = context.Configuration.GetSection(CitizenSessionOptions.Section).Get<CitizenSessionOptions>() ?? new CitizenSessionOptions();

        services.AddIdentityCore<CitizenAccount>()
            .AddEntityFrameworkStores<CitizensDbContext>()
            .AddTokenProvider<CitizenTokenProvider>(CitizenTokens.Provider);
        services.RemoveAll<IUserValidator<CitizenAccount>>();
        services.AddScoped<IUserValidator<CitizenAccount>, CitizenAccountValidator>();
        // The same password and lockout rules as staff accounts (the options are shared by both account kinds).
        services.Configure<IdentityOptions>(PasswordRules.Apply);

        services.AddAuthentication(o => o.DefaultAuthenticateScheme = DefaultScheme)
            .AddPolicyScheme(DefaultScheme, "Staff in /admin, citizens elsewhere", o => o.ForwardDefaultSelector = http =>
                http.Request.Path.StartsWithSegments("/admin") ? PermissionPolicies.StaffScheme : CitizenAuthentication.Scheme)
            .AddCookie(CitizenAuthentication.Scheme, o =>
            {
                o.Cookie.Name = "portal.citizen";
                o.Cookie.Path = "/";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = sessions.IdleTimeout;
                o.SlidingExpiration = true;
                o.LoginPath = LoginPath;
                o.AccessDeniedPath = StepUpPath;
                o.LogoutPath = LogoutPath;
                o.ReturnUrlParameter = "returnUrl";
                o.EventsType = typeof(CitizenCookieEvents);
            })
            .AddCookie(NiaAuthentication.ExternalScheme, o =>
            {
                o.Cookie.Name = "portal.citizen.eid";
                o.Cookie.Path = LoginPath;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(15);
                o.SlidingExpiration = false;
            })
            .AddOpenIdConnect(NiaAuthentication.Scheme, "Identita občana", _ => { });
        services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, ConfigureNiaOpenIdConnect>();
        services.AddSingleton<NiaCertificate>();
        services.AddSingleton<ITokenReplayCache, TokenReplayCache>();
        // Singletons: the handlers ask for their events on every request; these hold no per-request state.
        services.AddSingleton<NiaOpenIdConnectEvents>();
        services.AddSingleton<NiaSignOut>();
        services.AddSingleton<CitizenCookieEvents>();

        services.AddAuthorizationBuilder()
            .AddPolicy(CitizenAuthentication.SignedInPolicy, p => p
                .AddAuthenticationSchemes(CitizenAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(CitizenAuthentication.AccountIdClaim))
            .AddPolicy(CitizenAuthentication.IdentifiedPolicy, p => p
                .AddAuthenticationSchemes(CitizenAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(CitizenAuthentication.AccountIdClaim)
                .RequireAssertion(c => IsIdentified(c.User, minimumLevel)));

        // Per client address, across all accounts (SignInThrottle guards each account on its own).
        var attemptsPerMinute = context.Configuration.GetValue<int?>(PasswordAttemptsKey) ?? 10;
        services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(o => o.AddPerAddressPolicy(PasswordRateLimit, attemptsPerMinute));

        services.AddPermissions<Permissions>();
        services.AddAuditActionLabels<CitizenAuditActionLabels>();
        services.AddAdminMenu<AdminMenu>();
        services.AddAdminDashboard<AdminDashboard>();
        services.AddPageSlot(PageSlots.HeaderTools, CitizenAccountLinkViewComponent.Name, order: 20);
        services.AddScoped<Statistics.CitizenStatistics>();
        services.AddScoped<CitizenAudit>();
        services.AddScoped<ConsentTexts>();
        services.AddScoped<CitizenAccounts>();
        services.AddScoped<CitizenSignIns>();
        services.AddScoped<Core.BackOffice.IVerifiedCitizens, VerifiedCitizens>();
        services.AddScoped<ConfirmationMail>();
        services.AddMailTemplate(CitizenMailTemplates.Confirmation);
        services.AddMailTemplate(CitizenMailTemplates.AlreadyRegistered);
        services.AddOptions<CitizenTokenProviderOptions>();
        services.AddScoped<CitizenSessions>();
        Pelhrimov.Core.Workflows.WorkflowRegistration.AddWorkflowEvent<Pelhrimov.Core.Events.Contracts.CitizenAccountCreated, AccountCreatedForWorkflows>(services);
    }

    /// <summary>Signed in with eID in this very session, at the town's minimum level of assurance or higher.</summary>
    public static bool IsIdentified(System.Security.Claims.ClaimsPrincipal user, IdentityLevel minimum) =>
        CitizenSessions.Method(user) == CitizenAuthentication.EidMethod
        && CitizenSessions.Level(user) is { } level
        && level >= minimum;
}

/// <summary>Token purposes of citizen accounts, issued by their own provider so they never mix with staff tokens.</summary>
public static class CitizenTokens
{
    public const string Provider = "CitizenDataProtector";

    /// <summary>How long a confirmation link works: the token's lifespan and what the e-mail says, from this one value.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);
    public const string ConfirmEmail = "CitizenConfirmEmail";
    public const string ResetPassword = "CitizenResetPassword";
}
