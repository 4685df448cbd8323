using Pelhrimov.Core.Data;

namespace Pelhrimov.Tests.Cluster;

/// <summary>
/// Two nodes of one site in cluster mode: two apps on one PostgreSQL database (a copy of the set-up template), each with
/// its own data folder, and one real Redis. Started by the first test that asks (so that a missing PostgreSQL or Redis
/// skips, or fails in CI, rather than breaking the fixture), shared by the class.
/// </summary>
public sealed class ClusterNodes : IAsyncLifetime
{
    /// <summary>The <c>/zaplatit</c> limits the rate-limit test reaches across the nodes.</summary>
    public const int PayAttemptsPerAddress = 3;

    public const int PayFailuresPerSymbol = 2;

    private readonly SemaphoreSlim _starting = new(1, 1);
    private readonly string _secondFolder = Path.Combine(Path.GetTempPath(), "portal-test-" + Guid.NewGuid().ToString("N"));
    private TestSite? _site;

    public RedisTestServer Redis { get; private set; } = null!;

    public PortalApp A { get; private set; } = null!;

    public PortalApp B { get; private set; } = null!;

    public async Task StartAsync()
    {
        await _starting.WaitAsync();
        try
        {
            if (_site is not null)
            {
                return;
            }
            await TestRequirement.PostgresAsync();
            Redis = await RedisTestServer.StartAsync();
            _site = await SiteTemplate.CopyAsync(DatabaseProvider.Postgres);
            A = await PortalApp.StartAsync(_site, Options(dataPath: null));
            B = await PortalApp.StartAsync(_site, Options(_secondFolder));
        }
        finally
        {
            _starting.Release();
        }
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (B is not null)
        {
            await B.DisposeAsync();
        }
        if (A is not null)
        {
            await A.DisposeAsync();
        }
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }
        if (Directory.Exists(_secondFolder))
        {
            Directory.Delete(_secondFolder, recursive: true);
        }
    }

    private PortalAppOptions Options(string? dataPath)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = Redis.Configuration,
            ["Redis:KeyPrefix"] = "test-" + Redis.Port + ":",
            ["Receivables:PayWithCode:AttemptsPerMinutePerAddress"] = PayAttemptsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Receivables:PayWithCode:FailuresPerVariableSymbol"] = PayFailuresPerSymbol.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (dataPath is not null)
        {
            settings["App:DataPath"] = dataPath;
        }
        return new PortalAppOptions { Settings = settings };
    }
}
