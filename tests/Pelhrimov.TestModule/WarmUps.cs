using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.TestModule;

/// <summary>Fails on purpose: a broken warm-up must cost nothing but a log line.</summary>
public sealed class FailingWarmUp : IWarmUp
{
    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("This warm-up always fails (test module).");
}

/// <summary>Appends to <c>warm-ups.log</c> how many site settings it could read, so tests see that it ran on a ready database.</summary>
public sealed class WarmUpRecorder : IWarmUp
{
    public const string FileName = "warm-ups.log";

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var settings = await services.GetRequiredService<CoreDbContext>().SiteSettings.CountAsync(cancellationToken);
        var dataFolder = services.GetRequiredService<DataFolder>();
        await File.AppendAllTextAsync(dataFolder.Combine(FileName), $"settings={settings}{Environment.NewLine}", cancellationToken);
    }
}
