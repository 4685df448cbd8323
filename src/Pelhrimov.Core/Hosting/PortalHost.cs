using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Pelhrimov.Core.Caching;
using Pelhrimov.Core.Cluster;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Observability;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.Core.Hosting;

/// <summary>The two calls a host makes: <see cref="AddPortal"/> before building, <see cref="UsePortalAsync"/> after.</summary>
public static class PortalHost
{
    /// <summary>Discovers the modules and registers the framework services and every module's services.</summary>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder, ModuleCatalog? catalog = null)
    {
        // Before anything else: a site without its public address would build e-mailed links from the request.
        SiteAddress.Validate(builder.Configuration, builder.Environment);
        // A shared-cache time out of range stops the start here, not the first public page's request.
        SharedCacheHeaders.Header(builder.Configuration);
        catalog ??= ModuleCatalog.Discover(disabled: ModuleCatalog.DisabledIn(builder.Configuration));
        var dataFolder = DataFolder.FromConfiguration(builder.Configuration, builder.Environment);
        var database = PortalDatabase.FromConfiguration(builder.Configuration, dataFolder);
        var context = new ModuleContext(builder.Configuration, builder.Environment, dataFolder, database, catalog);

        builder.WebHost.UseStaticWebAssets();
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders()
                .AddConsole(o => o.FormatterName = TraceJsonConsoleFormatter.FormatterName)
                .AddConsoleFormatter<TraceJsonConsoleFormatter, JsonConsoleFormatterOptions>(o =>
                {
                    o.UseUtcTimestamp = true;
                    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                });
        }
        var observability = ObservabilitySettings.From(builder.Configuration);

        var services = builder.Services;
        services.AddSingleton(catalog).AddSingleton(dataFolder).AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(observability).AddPortalTelemetry(observability);
        services.AddSingleton<StartupGate>();
        services.TryAddSingleton<RequestsInFlight>();
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        // Czech text is written as UTF-8, not as &#xED; entities: smaller pages, readable source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Keys in the shared store (App:SharedPath, else App_Data/keys), or in Redis shared by every node in cluster mode
        // (ADR 0054); one name, so nodes agree.
        services.AddPortalCluster(builder.Configuration, services.AddDataProtection().SetApplicationName("Pelhrimov.Portal"), dataFolder.CombineShared("keys"));
        services.AddOutputCache(o =>
        {
            // Bounded so that a crawler inventing URLs cannot grow memory without limit (docs/benchmarks.md).
            o.SizeLimit = 32 * 1024 * 1024;
            o.AddPolicy(PublicPageCache.PolicyName, p => p.Expire(PublicPageCache.MaxAge).Tag(PublicPageCache.Tag).AddPolicy<SharedCacheHeaders>());
            o.AddPolicy(NotFoundPageCache.PolicyName, new NotFoundPageCache());
        });
        // Modules add named policies (services.AddRateLimiter(o => o.AddPolicy(...))) and put them on their endpoints.
        services.AddRateLimiter(o => o.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicies>();
        services.AddAuthorization();
        services.AddAntiforgery(o => o.Cookie.Name = "portal.af");
        services.AddSingleton<SiteAddress>();
        services.AddProxyHeaders(builder.Configuration);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        var mvc = services.AddControllersWithViews(o =>
        {
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            o.Filters.Add(new UnreadableRequestFilter());
            // No form here posts jQuery's a[b]=1 keys; their value providers threw (500) on a key like "a[".
            o.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
            o.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
            CzechBindingMessages.Apply(o.ModelBindingMessageProvider);
        });
        foreach (var module in catalog.Modules)
        {
            if (!mvc.PartManager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == module.Assembly))
            {
                mvc.AddApplicationPart(module.Assembly);
            }
        }
        // MVC finds the host's referenced Razor libraries by itself; a switched-off module's controllers and views go.
        var switchedOff = mvc.PartManager.ApplicationParts.Where(part => part switch
        {
            AssemblyPart p => catalog.DisabledAssemblies.Contains(p.Assembly),
            CompiledRazorAssemblyPart p => catalog.DisabledAssemblies.Contains(p.Assembly),
            _ => false,
        }).ToList();
        switchedOff.ForEach(part => mvc.PartManager.ApplicationParts.Remove(part));

        foreach (var startup in catalog.Startups)
        {
            startup.ConfigureServices(services, context);
        }
        return builder;
    }

    /// <summary>
    /// Starts the database check (migrations, a new site's setup: <see cref="SiteSetup"/>) on the spare core, and wires
    /// the request pipeline and every module's endpoints meanwhile. The host's start completes once the site is set up.
    /// </summary>
    public static Task<WebApplication> UsePortalAsync(this WebApplication app)
    {
        WarmUp.StartActions(app.Services, app.Logger);
        var setup = app.Services.GetRequiredService<SiteSetup>();
        setup.Start(whenReady: () => WarmUp.StartData(app.Services, app.Logger));
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();

        StartupGate.UseFirstResponseSignal(app, app.Services.GetRequiredService<StartupGate>(), setup);
        RequestsInFlight.Use(app, app.Services.GetRequiredService<RequestsInFlight>());
        app.UseMiddleware<HeadRequestsMiddleware>();
        app.UseProxyHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/chyba",
            // A malformed request is the client's error: 400 with one log line (ErrorController), not a 500 and a stack trace.
            StatusCodeSelector = e => DatabaseUnavailableException.Describes(e) ? StatusCodes.Status503ServiceUnavailable : MalformedRequests.StatusCodeOf(e),
            SuppressDiagnosticsCallback = c => MalformedRequests.IsMalformedRequest(c.Exception),
        });
        app.UseStatusCodePagesWithReExecute("/chyba/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        MetricsScrape.Use(app);
        // Static files need no culture, routing or authentication: served before them, from memory (docs/benchmarks.md).
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new InMemoryStaticFiles(app.Environment.WebRootFileProvider) });
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("cs-CZ"),
            SupportedCultures = [CultureInfo.GetCultureInfo("cs-CZ")],
            SupportedUICultures = [CultureInfo.GetCultureInfo("cs-CZ")],
        });
        app.UseRouting();
        SiteSetup.UseWaitForSetup(app, setup);
        app.UseMiddleware<ApiErrorResponsesMiddleware>();
        // Before authentication, so that a limit also holds for requests that authentication handlers answer
        // themselves (the OAuth token endpoint checks client secrets there).
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        foreach (var startup in catalog.Startups)
        {
            startup.Configure(app);
        }

        // Every controller is attribute-routed: a route exists only where a controller names it.
        foreach (var startup in catalog.Startups)
        {
            startup.MapEndpoints(app);
        }
        app.MapControllers();
        return Task.FromResult(app);
    }
}
