using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Analytics.Data;
using Pelhrimov.Analytics.Services;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Analytics;

/// <summary>Registers the access counter, its periodic flush, the statistics queries and the admin screens.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<AnalyticsDbContext, SqliteAnalyticsDbContext, PostgresAnalyticsDbContext>(context, Manifest.ModuleId);
        services.AddSingleton<AccessCounter>();
        services.AddSingleton<AccessCounterFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<AccessCounterFlusher>());
        services.AddScoped<AnalyticsStore>();
        services.AddScoped<StatisticsQueries>();
        // The counter must sit in front of the output cache, which answers cached pages without running later
        // middleware; a module's Configure runs after it. See docs/adr/0006-privacy-friendly-access-counter.md.
        // Analytics:Enabled=false leaves it out of the pipeline altogether (the dashboard still shows stored data).
        if (IsCounterEnabled(context.Configuration))
        {
            services.AddTransient<IStartupFilter, AccessCounterStartupFilter>();
        }

        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddAdminDashboard<AdminDashboard>();
    }

    /// <summary><c>Analytics:Enabled</c>, true unless set to false.</summary>
    public static bool IsCounterEnabled(IConfiguration configuration) =>
        configuration.GetValue("Analytics:Enabled", defaultValue: true);
}
