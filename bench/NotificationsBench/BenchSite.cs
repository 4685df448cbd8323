using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Pelhrimov.NotificationsBench;

/// <summary>
/// The site in this process: <c>Program</c> on Kestrel (loopback), in Production, on a new data folder and, for
/// PostgreSQL, a new database; e-mail goes to <see cref="SmtpSink"/>. Only <paramref name="configureServices"/> is added
/// (the bench's timing decorator); every other setting is the product's default.
/// </summary>
public sealed class BenchSite(string provider, string? postgres, SmtpSink smtp, Action<IServiceCollection> configureServices) : WebApplicationFactory<Program>
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "pelhrimov-notify-bench-" + Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort();
    private string? _connectionString;

    public string Provider => provider;

    public async Task StartAsync()
    {
        if (provider == "Postgres")
        {
            var name = "bench_notify_" + Guid.NewGuid().ToString("N");
            await using var admin = new NpgsqlConnection(postgres);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", admin);
            await create.ExecuteNonQueryAsync();
            _connectionString = new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString;
        }
        UseKestrel(o => o.Listen(IPAddress.Loopback, _port));
        await Task.Run(StartServer);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}/"), Timeout = TimeSpan.FromMinutes(2) };
        (await client.GetAsync("/")).EnsureSuccessStatusCode();   // the first response opens the start-up gate: background work starts
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        var settings = new Dictionary<string, string?>
        {
            ["App:DataPath"] = _dataPath,
            ["App:PublicUrl"] = $"http://127.0.0.1:{_port}/",
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Default"] = _connectionString ?? "",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "podatelna@pelhrimov.example",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(configureServices);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_connectionString is not null)
        {
            await using var admin = new NpgsqlConnection(postgres);
            await admin.OpenAsync();
            var name = new NpgsqlConnectionStringBuilder(_connectionString).Database;
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        GC.SuppressFinalize(this);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
