namespace Pelhrimov.BackOfficeSimulator;

/// <summary>How the simulated back office misbehaves.</summary>
public enum FaultMode
{
    /// <summary>Answers at once, correctly.</summary>
    None,

    /// <summary>Answers correctly after <see cref="Faults.Delay"/>.</summary>
    Slow,

    /// <summary>Drops the connection without an answer, as a crashed server or a broken network does.</summary>
    Down,

    /// <summary>Answers 500 with a problem body.</summary>
    Error,

    /// <summary>Answers 200 with a body that is not valid JSON.</summary>
    Malformed,
}

/// <summary>
/// The fault switches, shared by all requests: set from configuration at start (<c>BackOfficeSimulator:Fault</c>,
/// <c>BackOfficeSimulator:DelayMs</c>) and at run time by <c>POST /_faults</c>. Counts the contract requests it saw.
/// </summary>
public sealed class Faults
{
    private readonly Lock sync = new();
    private long requests;

    public FaultMode Mode { get; private set; }

    /// <summary>How long <see cref="FaultMode.Slow"/> waits; also added to every answer when <see cref="Latency"/> is set.</summary>
    public TimeSpan Delay { get; private set; } = TimeSpan.FromSeconds(5);

    /// <summary>A delay added to every answer in <see cref="FaultMode.None"/>, to model a back office's normal speed (benchmarks).</summary>
    public TimeSpan Latency { get; private set; }

    /// <summary>How many contract requests (<c>/v1/…</c>) arrived, whatever was answered.</summary>
    public long Requests => Interlocked.Read(ref requests);

    public void Set(FaultMode mode, TimeSpan? delay = null, TimeSpan? latency = null)
    {
        lock (sync)
        {
            Mode = mode;
            Delay = delay ?? Delay;
            Latency = latency ?? Latency;
        }
    }

    internal void Count() => Interlocked.Increment(ref requests);
}
