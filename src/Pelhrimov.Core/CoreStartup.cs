using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Caching;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Html;
using Pelhrimov.Core.Indexing;
using Pelhrimov.Core.Mail;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Settings;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.Core;

/// <summary>Registers the shared services and the core tables.</summary>
public sealed class CoreStartup : ModuleStartup
{
    public override int Order => -1000;

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<CoreDbContext, SqliteCoreDbContext, PostgresCoreDbContext>(context, CoreManifest.ModuleId);
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IndexingLog>();
        services.AddScoped<SiteSettingsStore>();
        services.AddRecipeStep<SiteSettingsRecipeStep>("Site");
        services.AddSingleton<RecipeExecutor>();
        services.AddSingleton<SiteInitializer>();
        services.AddSingleton<SiteSetup>();
        services.AddHostedService(sp => sp.GetRequiredService<SiteSetup>());
        services.AddSingleton<RichTextSanitizer>();
        services.AddSingleton<PublicPageCacheInvalidator>();
        services.AddScoped<Navigation.CitizenAreaCards>();
        services.AddPermissions<CorePermissions>();
        services.AddSingleton<AuditActionNames>();
        services.AddSingleton<LinkAvailability>();
        services.AddAuditActionLabels<CoreAuditActions>();
        services.AddAdminMenu<CoreAdminMenu>();
        services.AddSingleton<PageSlotRegistry>();
        services.AddMail(context);
        services.AddPortalScheduler(context.Configuration, context.Database);
        services.AddDomainEvents(context);
        services.AddReadinessCheck<DatabaseWritableCheck>(DatabaseWritableCheck.Name);
        services.AddSingleton<SignInThrottle>();
        services.AddScoped(typeof(PasswordCheck<>));
        services.AddScoped(typeof(ServerSessions<>));
        // The antiforgery cookie is sent only over HTTPS when the request came over HTTPS (behind the proxy too, through
        // X-Forwarded-Proto); the framework's default would send it over plain HTTP as well.
        services.Configure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        HealthEndpoints.Map(endpoints);
    }
}
