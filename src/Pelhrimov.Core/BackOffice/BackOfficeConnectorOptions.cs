using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Pelhrimov.Core.Scheduling;

namespace Pelhrimov.Core.BackOffice;

/// <summary>
/// A module's <c>…:Connector</c> section (<c>Receivables:Connector</c>, <c>Filings:Connector</c>): which connector the
/// citizen pages read through and, for <c>Http</c>, where the back office is and how patiently to ask it (ADR 0034).
/// </summary>
public sealed class BackOfficeConnectorOptions
{
    public const string BuiltIn = "BuiltIn";
    public const string Http = "Http";

    /// <summary>The header that carries <see cref="ApiKey"/>.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary><c>BuiltIn</c> (the portal's own tables, filled through the API; the default) or <c>Http</c>.</summary>
    public string Kind { get; init; } = BuiltIn;

    /// <summary>The back office's address; the contract's paths (<c>v1/…</c>) are relative to it.</summary>
    public Uri? BaseUrl { get; init; }

    public string? ApiKey { get; init; }

    /// <summary>One attempt's limit; a slower answer counts as a failure and is retried.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>All attempts together: the longest a page waits before it shows the last good answer.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Retries after the first attempt, for network errors, timeouts, 408, 429 and 5xx.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The first retry's delay, doubled for each next one (with jitter).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The circuit opens when this share of calls in <see cref="SamplingDuration"/> failed…</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>…and at least this many were made (2 or more).</summary>
    public int MinimumThroughput { get; init; } = 8;

    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit answers at once (from the last good answer) before it lets one call try again.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a last good answer may stand in for the back office: an older one is neither shown nor kept (the job
    /// <c>&lt;name&gt;.prune-back-office-answers</c> deletes it daily). It holds a person's data, so not longer than needed.
    /// </summary>
    public TimeSpan KeepAnswersFor { get; init; } = TimeSpan.FromDays(30);

    /// <summary>The connector's name in metrics: the section's first segment in lower case (<c>receivables</c>, <c>filings</c>).</summary>
    public string Name { get; private set; } = "";

    public bool IsHttp => string.Equals(Kind, Http, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads and checks the section; a wrong kind or an HTTP connector without address or key stops the start.</summary>
    public static BackOfficeConnectorOptions From(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var options = section.Get<BackOfficeConnectorOptions>() ?? new BackOfficeConnectorOptions();
        options.Name = section.Path.Split(':')[0].ToLowerInvariant();
        if (!options.IsHttp && !string.Equals(options.Kind, BuiltIn, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{section.Path}:Kind is '{options.Kind}'; use {BuiltIn} or {Http}.");
        }
        if (options.IsHttp && (options.BaseUrl is not { IsAbsoluteUri: true } || string.IsNullOrWhiteSpace(options.ApiKey)))
        {
            throw new InvalidOperationException(
                $"{section.Path}:Kind is {Http}, which needs {section.Path}:BaseUrl (an absolute http(s) address of the back office) " +
                $"and {section.Path}:ApiKey (the key the back office gave the portal; keep it in a secret store, not in appsettings).");
        }
        return options;
    }

    /// <summary>
    /// Registers a module's connector as the section says: <typeparamref name="TBuiltIn"/> (the portal's own database), or
    /// <typeparamref name="THttp"/> with its typed client and the last good answers kept in <typeparamref name="TContext"/>.
    /// </summary>
    public IServiceCollection AddConnector<TConnector, TBuiltIn, THttp, TContext>(IServiceCollection services)
        where TConnector : class
        where TBuiltIn : class, TConnector
        where THttp : class, TConnector
        where TContext : Microsoft.EntityFrameworkCore.DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!IsHttp)
        {
            return services.AddScoped<TConnector, TBuiltIn>();
        }
        AddAnswerKeeping<TContext>(services);
        AddHttpClient<THttp>(services);
        return services.AddScoped<TConnector>(sp => sp.GetRequiredService<THttp>());
    }

    /// <summary>
    /// Keeping the last good answers in <typeparamref name="TContext"/> (which maps them, <c>MapBackOfficeAnswers</c>): the
    /// cache, its age limit and the daily job that deletes what is older.
    /// </summary>
    private IServiceCollection AddAnswerKeeping<TContext>(IServiceCollection services)
        where TContext : Microsoft.EntityFrameworkCore.DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        if (KeepAnswersFor <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Name}: KeepAnswersFor must be positive (e.g. 30.00:00:00).");
        }
        services.TryAddScoped(typeof(BackOfficeAnswerCache<>));
        services.AddSingleton(new BackOfficeAnswerRetention<TContext>(KeepAnswersFor));
        return services.AddScheduledJob<PruneBackOfficeAnswersJob<TContext>>($"{Name}.prune-back-office-answers",
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Mazání uložených odpovědí vnitřního systému ({Name}) starších než {KeepAnswersFor.TotalDays:0.#} dní"), PruneBackOfficeAnswersJob<TContext>.Schedule);
    }

    /// <summary>
    /// The typed client of an HTTP connector: the base address, the key, JSON, and the resilience pipeline (rate limiter,
    /// total timeout, retries with exponential back-off, circuit breaker, attempt timeout) of Microsoft.Extensions.Http.Resilience.
    /// </summary>
    private IHttpClientBuilder AddHttpClient<TClient>(IServiceCollection services)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        var baseUrl = BaseUrl!.AbsoluteUri.EndsWith('/') ? BaseUrl : new Uri(BaseUrl.AbsoluteUri + "/");
        var builder = services.AddHttpClient<TClient>(client =>
        {
            client.BaseAddress = baseUrl;
            client.Timeout = Timeout.InfiniteTimeSpan;   // the pipeline's timeouts decide
            client.DefaultRequestHeaders.Add(ApiKeyHeader, ApiKey);
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        });
        var connector = Name;
        services.TryAddSingleton<BackOfficeCircuits>();
        // Outside the pipeline: it measures what a page waits for, retries included, and sees an open circuit (ADR 0051).
        builder.AddHttpMessageHandler(() => new BackOfficeCallMeasurement(connector));
        builder.AddStandardResilienceHandler(o =>
        {
            o.AttemptTimeout.Timeout = AttemptTimeout;
            o.TotalRequestTimeout.Timeout = TotalTimeout;
            o.Retry.MaxRetryAttempts = Retries;
            o.Retry.Delay = RetryDelay;
            o.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
            o.Retry.UseJitter = true;
            o.CircuitBreaker.FailureRatio = FailureRatio;
            o.CircuitBreaker.MinimumThroughput = MinimumThroughput;
            o.CircuitBreaker.SamplingDuration = SamplingDuration < AttemptTimeout * 2 ? AttemptTimeout * 2 : SamplingDuration;
            o.CircuitBreaker.BreakDuration = BreakDuration;
        }).Configure((o, sp) => o.CircuitBreaker.StateProvider = sp.GetRequiredService<BackOfficeCircuits>().Track(connector));
        return builder;
    }
}
