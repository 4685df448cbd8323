using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Workflows.Engine;

/// <summary>
/// Instances created on this node with this node's lease already on them (<see cref="WorkflowStarter"/>), to run at once
/// without claiming them again; what is lost here (a crash) the job <c>workflows.resume</c> picks up when the lease lapses.
/// </summary>
public sealed class InstanceQueue
{
    private readonly Channel<(Guid Id, Guid Lease)> _channel = Channel.CreateUnbounded<(Guid, Guid)>();

    public void Enqueue(IEnumerable<Guid> ids, Guid lease)
    {
        foreach (var id in ids)
        {
            _channel.Writer.TryWrite((id, lease));
        }
    }

    internal ChannelReader<(Guid Id, Guid Lease)> Reader => _channel.Reader;
}

/// <summary>Runs the queued instances, two at a time.</summary>
public sealed class InstanceQueueService(InstanceQueue queue, InstanceRunner runner, StartupGate startup, ILogger<InstanceQueueService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.WaitAsync(stoppingToken);
        await Parallel.ForEachAsync(queue.Reader.ReadAllAsync(stoppingToken), new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = stoppingToken },
            async (item, token) =>
            {
                try
                {
                    await runner.RunHeldAsync(item.Id, item.Lease, token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Workflow instance {Instance} could not be run; the job workflows.resume tries again.", item.Id);
                }
            });
    }
}
