using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Pelhrimov.Payments.Gateways.ComGate;

public static class ComGateServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ComGateGateway"/> as the <see cref="IPaymentGateway"/>, configured from <paramref name="section"/>
    /// (normally <c>ComGate</c>). Missing credentials fail the first call, not the start-up.
    /// </summary>
    public static IServiceCollection AddComGatePaymentGateway(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<ComGateOptions>().Bind(section);
        var attempt = section.GetValue<TimeSpan?>(nameof(ComGateOptions.AttemptTimeout)) ?? new ComGateOptions().AttemptTimeout;
        var total = section.GetValue<TimeSpan?>(nameof(ComGateOptions.TotalTimeout)) ?? new ComGateOptions().TotalTimeout;

        // Creating a payment is not idempotent: one attempt with a timeout. A lost answer leaves a payment nobody pays,
        // which expires at ComGate; the payer simply tries again.
        services.AddHttpClient(ComGateGateway.CreateClient)
            .AddResilienceHandler("comgate-create", pipeline => pipeline.AddTimeout(total));

        // A status query changes nothing: retried on transient failures, with a circuit breaker.
        services.AddHttpClient(ComGateGateway.StatusClient)
            .AddStandardResilienceHandler(o =>
            {
                o.AttemptTimeout.Timeout = attempt;
                o.TotalRequestTimeout.Timeout = total;
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.Delay = TimeSpan.FromMilliseconds(200);
                o.CircuitBreaker.SamplingDuration = attempt * 2 > TimeSpan.FromSeconds(30) ? attempt * 2 : TimeSpan.FromSeconds(30);
            });
        services.AddSingleton<ComGateGateway>();
        services.AddSingleton<IPaymentGateway>(sp => sp.GetRequiredService<ComGateGateway>());
        return services;
    }
}
