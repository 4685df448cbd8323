using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Scheduling;

/// <summary>A job a module registered: its name (the job's key in the store), its Czech title and its schedule.</summary>
public sealed record ScheduledJob(string Name, string Title, Type JobType, JobSchedule Schedule);

/// <summary>How a module registers scheduled work without knowing Quartz.</summary>
public static class ScheduledJobRegistration
{
    /// <summary>
    /// Runs <typeparamref name="TJob"/> on <paramref name="schedule"/>, once per fire time across all nodes; the
    /// schedule can be overridden by configuration (<c>Scheduler:Jobs:&lt;name&gt;:Interval</c> or <c>:Cron</c>).
    /// </summary>
    /// <param name="name">Stable key, <c>module.what</c> (e.g. <c>content.publish-due</c>): the job's name in the store.</param>
    /// <param name="title">What the job does, in Czech, for the admin page "Plánované úlohy".</param>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services, string name, string title, JobSchedule schedule)
        where TJob : class, IScheduledJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new ScheduledJob(name, title, typeof(TJob), schedule));
        return services;
    }
}
