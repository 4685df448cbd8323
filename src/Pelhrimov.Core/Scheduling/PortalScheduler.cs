using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Data;
using Quartz;

namespace Pelhrimov.Core.Scheduling;

/// <summary>Registers the site's Quartz scheduler on the portal's own database, clustered on PostgreSQL (docs/adr/0022-clustered-scheduler.md).</summary>
public static class PortalScheduler
{
    /// <summary>The scheduler's name: every node of a site uses it, which is what makes them one cluster.</summary>
    public const string SchedulerName = "portal";

    /// <summary>The group of every job and trigger the portal schedules.</summary>
    public const string JobGroup = "portal";

    /// <summary>The prefix of Quartz's tables (Quartz creates them itself, from its own schema, when they are missing).</summary>
    public const string TablePrefix = "qrtz_";

    public static IServiceCollection AddPortalScheduler(this IServiceCollection services, IConfiguration configuration, PortalDatabase database)
    {
        var options = configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        services.AddSingleton(options);
        services.AddSingleton<ScheduledJobsOverview>();
        services.AddHostedService<SchedulerStart>();
        // Quartz says a lot at Information on every start; what matters (failures, recoveries) is logged as warnings.
        services.AddLogging(logging => logging.AddFilter("Quartz", LogLevel.Warning));

        services.AddQuartz(SchedulerName, quartz =>
        {
            // Jobs here are short database chores; two threads keep a node from hogging its pool with them.
            quartz.UseDefaultThreadPool(2);
            quartz.ConfigureScheduler(scheduler => scheduler.IdleWaitTime = options.IdleWaitTime);
            quartz.UsePersistentStore(store =>
            {
                if (database.Provider == DatabaseProvider.Sqlite)
                {
                    // The connection string's Default Timeout is SQLite's busy timeout: Quartz waits for the app's writes.
                    // Not clustered: Quartz locks SQLite in-process (a SQLite site is one node; a cluster runs PostgreSQL).
                    store.UseSqlite(database.ConnectionString);
                }
                else
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = options.CheckinInterval;
                        c.CheckinMisfireThreshold = options.CheckinInterval * 2;
                    });
                }
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = TablePrefix;
                    o.MisfireThreshold = options.MisfireThreshold;
                });
                store.ProvisionSchema();
                store.UseExecutionHistory();
            });
        });
        services.AddQuartzExecutionHistory(history =>
        {
            history.Retention = options.HistoryRetention;
            // A job that runs every minute would otherwise keep 43 200 rows for 30 days; the page needs the last run.
            history.MaxEntriesPerJob = 500;
        });
        return services;
    }
}
