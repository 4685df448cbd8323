using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Pelhrimov.Content.Data;
using Pelhrimov.Core;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Tests.Content;

namespace Pelhrimov.Tests.Core.Hosting;

/// <summary>
/// A database that cannot store anything: readiness says so (503), a write gets the Czech 503 page instead of a success,
/// and nothing is acknowledged and lost. Liveness stays 200: the process itself is fine.
/// </summary>
public sealed class DatabaseFaultTests
{
    private const string Title = "Článek psaný do nedostupné databáze";

    // A hang here once held CI for 20 minutes (a background worker's exception stopped the host): fail instead.
    [Trait(TestEnvironment.PinnedDatabase, "Sqlite")]
    [Fact(Timeout = 180_000)]
    public async Task A_read_only_SQLite_file_makes_the_site_unready_and_a_write_answers_503()
    {
        await using var site = await SiteTemplate.CopyAsync(DatabaseProvider.Sqlite);
        await using var app = await PortalApp.StartAsync(site);
        var staff = await app.CreateStaffClientAsync();
        var form = await AntiforgeryForm.LoadAsync(staff, "/admin/obsah/novy/Article", "form.editor", TestContext.Current.CancellationToken);
        await AssertReadinessAsync(app, HttpStatusCode.OK);

        var file = Path.Combine(site.DataPath, "portal.db");
        using (ReadOnlyFile.Make(file))
        {
            // Connections opened before the change still hold the file open for writing; new ones are read-only.
            SqliteConnection.ClearAllPools();
            await AssertReadinessAsync(app, HttpStatusCode.ServiceUnavailable);
            await AssertLivenessAsync(app);
            using var response = await form.SubmitAsync(staff, ContentEditing.Article(Title).With("ulozit"), cancellationToken: TestContext.Current.CancellationToken);
            await AssertUnavailablePageAsync(response);
        }

        SqliteConnection.ClearAllPools();
        await AssertReadinessAsync(app, HttpStatusCode.OK);
        Assert.Equal(0, await ArticlesTitledAsync(app));
    }

    // SQLite's unix VFS does not close a connection's descriptor while another connection of the process holds a lock on
    // the file (closing it would drop that lock) and gives it to the next connection that opens the file. A descriptor
    // opened for writing before the file became read-only then made the probe's write succeed: this test failed once
    // in about twenty runs, when a background worker's read happened to overlap.
    [Trait(TestEnvironment.PinnedDatabase, "Sqlite")]
    [Fact]
    public async Task A_SQLite_descriptor_opened_before_the_file_became_read_only_does_not_make_the_site_ready()
    {
        var folder = Directory.CreateTempSubdirectory("portal-readonly-");
        var file = Path.Combine(folder.FullName, "portal.db");
        var database = new PortalDatabase(DatabaseProvider.Sqlite, $"Data Source={file}");
        var check = new DatabaseWritableCheck(database);
        var cancellation = TestContext.Current.CancellationToken;
        try
        {
            await using (var create = database.CreateConnection(create: true))
            {
                await create.OpenAsync(cancellation);
                await using var command = create.CreateCommand();
                var table = PortalDatabase.HistoryTable(CoreManifest.ModuleId);
                command.CommandText = $"""CREATE TABLE "{table}" ("MigrationId" TEXT PRIMARY KEY, "ProductVersion" TEXT); INSERT INTO "{table}" VALUES ('1', '10.0')""";
                await command.ExecuteNonQueryAsync(cancellation);
            }
            Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext(), cancellation)).Status);

            await using var reader = new SqliteConnection($"Data Source={file};Pooling=False");
            await reader.OpenAsync(cancellation);
            await using var read = reader.BeginTransaction(deferred: true);
            await using (var shared = reader.CreateCommand())
            {
                shared.Transaction = read;
                shared.CommandText = "SELECT count(*) FROM sqlite_master";
                await shared.ExecuteScalarAsync(cancellation);
            }
            // Closed while the reader holds its lock: SQLite keeps this read-write descriptor for the next open.
            await using (var writer = new SqliteConnection($"Data Source={file};Pooling=False"))
            {
                await writer.OpenAsync(cancellation);
            }

            using (ReadOnlyFile.Make(file))
            {
                var result = await check.CheckHealthAsync(new HealthCheckContext(), cancellation);
                Assert.True(result.Status == HealthStatus.Unhealthy, $"{result.Status}: {result.Description}");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Trait(TestEnvironment.PinnedDatabase, "Sqlite")]
    [Fact(Timeout = 180_000, Skip = "Hung again in CI on 2026-12-04 23:00 (timed out after 3 min in the PostgreSQL half, where it runs on SQLite explicitly) although the statement worker no longer stops the host; passes alone and passed in the SQLite half. Cause still to be found: run it beside the full suite with --blame-hang")]
    public async Task A_SQLite_file_deleted_under_the_running_site_makes_it_unready_and_no_write_is_acknowledged()
    {
        await using var site = await SiteTemplate.CopyAsync(DatabaseProvider.Sqlite);
        await using var app = await PortalApp.StartAsync(site);
        var staff = await app.CreateStaffClientAsync();
        var form = await AntiforgeryForm.LoadAsync(staff, "/admin/obsah/novy/Article", "form.editor", TestContext.Current.CancellationToken);
        await AssertReadinessAsync(app, HttpStatusCode.OK);

        // Pooled connections keep the deleted file open: without the guard they wrote into it and answered success.
        var file = Path.Combine(site.DataPath, "portal.db");
        File.Delete(file);
        using var response = await form.SubmitAsync(staff, ContentEditing.Article(Title).With("ulozit"), cancellationToken: TestContext.Current.CancellationToken);

        await AssertUnavailablePageAsync(response);
        await AssertReadinessAsync(app, HttpStatusCode.ServiceUnavailable);
        await AssertLivenessAsync(app);
        Assert.False(File.Exists(file), "An empty database was created in the deleted one's place");
    }

    [Trait(TestEnvironment.PinnedDatabase, "Postgres")]
    [Fact]
    public async Task A_read_only_PostgreSQL_database_makes_the_site_unready_and_a_write_answers_503()
    {
        await TestRequirement.PostgresAsync();
        await using var site = await SiteTemplate.CopyAsync(DatabaseProvider.Postgres);
        await using var app = await PortalApp.StartAsync(site);
        var staff = await app.CreateStaffClientAsync();
        var form = await AntiforgeryForm.LoadAsync(staff, "/admin/obsah/novy/Article", "form.editor", TestContext.Current.CancellationToken);
        await AssertReadinessAsync(app, HttpStatusCode.OK);

        // What a standby after a fail-over, or an administrator's emergency switch, does to every new session.
        await SetReadOnlyAsync(site, true);
        try
        {
            await AssertReadinessAsync(app, HttpStatusCode.ServiceUnavailable);
            using var response = await form.SubmitAsync(staff, ContentEditing.Article(Title).With("ulozit"), cancellationToken: TestContext.Current.CancellationToken);
            await AssertUnavailablePageAsync(response);
        }
        finally
        {
            await SetReadOnlyAsync(site, false);
        }
        await AssertReadinessAsync(app, HttpStatusCode.OK);
        Assert.Equal(0, await ArticlesTitledAsync(app));
    }

    private static async Task AssertReadinessAsync(PortalApp app, HttpStatusCode expected)
    {
        foreach (var path in new[] { "/health/ready", "/health" })
        {
            using var response = await app.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(expected == response.StatusCode, $"{path}: {(int)response.StatusCode} {body}");
            using var json = JsonDocument.Parse(body);
            var database = json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString();
            Assert.Equal(expected == HttpStatusCode.OK ? "Healthy" : "Unhealthy", database);
        }
    }

    private static async Task AssertLivenessAsync(PortalApp app)
    {
        using var response = await app.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertUnavailablePageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await response.ReadHtmlAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Služba je dočasně nedostupná", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("se neuložilo", page.QuerySelector("main")?.TextContent ?? page.Body!.TextContent);
        Assert.True(response.Headers.RetryAfter is not null, "Retry-After expected on 503");
    }

    private static Task<int> ArticlesTitledAsync(PortalApp app) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ContentDbContext>().Versions.CountAsync(v => v.Title == Title, TestContext.Current.CancellationToken));

    private static async Task SetReadOnlyAsync(TestSite site, bool readOnly)
    {
        await using (var connection = new NpgsqlConnection(TestEnvironment.PostgresServer))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            var change = readOnly ? "SET default_transaction_read_only = on" : "RESET default_transaction_read_only";
            await using var command = new NpgsqlCommand($"ALTER DATABASE \"{site.DatabaseName}\" {change}", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        // The setting applies to new sessions; the app's pooled ones would otherwise keep the old one.
        PostgresServer.ClearPools(site.ConnectionString!);
    }

    /// <summary>A file made read-only for this process: chmod for a normal user; root ignores modes, so the immutable attribute.</summary>
    private sealed class ReadOnlyFile : IDisposable
    {
        private readonly string _path;
        private readonly bool _immutable;

        private ReadOnlyFile(string path, bool immutable)
        {
            _path = path;
            _immutable = immutable;
        }

        public static ReadOnlyFile Make(string path)
        {
            var root = Environment.UserName == "root";
            if (root && Run("chattr", "+i", path) != 0)
            {
                TestRequirement.Unavailable("Running as root, and chattr +i (needed to make a file read-only for root) failed.");
            }
            if (!root && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            }
            return new ReadOnlyFile(path, root);
        }

        public void Dispose()
        {
            if (_immutable)
            {
                Run("chattr", "-i", _path);
            }
            else if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            }
        }

        private static int Run(string file, params string[] arguments)
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
                process.WaitForExit();
                return process.ExitCode;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return -1;
            }
        }
    }
}
