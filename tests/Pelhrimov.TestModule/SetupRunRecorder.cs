using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.TestModule;

/// <summary>Appends a line to <c>setup-runs.log</c> in the data folder each time site setup runs, so tests can count them.</summary>
public sealed class SetupRunRecorder(DataFolder dataFolder, TimeProvider clock) : ISetupTask
{
    public const string FileName = "setup-runs.log";

    public Task RunAsync(CancellationToken cancellationToken) =>
        File.AppendAllTextAsync(dataFolder.Combine(FileName), clock.GetUtcNow().ToString("O") + Environment.NewLine, cancellationToken);
}
