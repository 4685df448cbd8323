using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pelhrimov.Tests.Core.Hosting;

/// <summary>An ordinary visit leaves no warnings in the log, so that the warnings that are there get read.</summary>
public sealed class QuietLogTests
{
    [Fact]
    public async Task A_short_session_of_visitor_and_staff_pages_logs_no_antiforgery_cache_warning()
    {
        var log = new LogRecorder();
        await using var app = await PortalApp.StartAsync(options: new() { ConfigureServices = s => s.AddSingleton<ILoggerProvider>(log) });
        var visitor = app.CreateClient();
        foreach (var path in new[] { "/", "/", "/hledat?q=odpady", "/prihlaseni", "/registrace", "/admin/prihlaseni", "/admin/zapomenute-heslo" })
        {
            using var page = await visitor.GetAsync(path, TestContext.Current.CancellationToken);
        }
        var staff = await app.CreateStaffClientAsync();
        foreach (var path in new[] { "/admin", "/admin/obsah", "/admin/posta", "/admin/ucet" })
        {
            using var page = await staff.GetAsync(path, TestContext.Current.CancellationToken);
        }

        Assert.DoesNotContain(log.Entries, e => e.Category.StartsWith("Microsoft.AspNetCore.Antiforgery", StringComparison.Ordinal) && e.Level >= LogLevel.Warning);
    }
}
