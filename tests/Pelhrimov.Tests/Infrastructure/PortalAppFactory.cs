using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>Runs Program on Kestrel (not the in-memory test server) on a free loopback port, with test configuration.</summary>
internal sealed class PortalAppFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    public PortalAppFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices, int port = 0)
    {
        _settings = settings;
        _configureServices = configureServices;
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
    }

    // Every test host checks what production does not pay for at start: that no singleton holds a scoped service (a
    // request's context or state would then be shared between requests, and so between citizens) and that every
    // registration can be built.
    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateScopes = true;
            options.ValidateOnBuild = true;
        });
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(PortalApp.EnvironmentName);
        // UseSetting, unlike ConfigureAppConfiguration, is visible to Program before Build(), where AddPortal reads it.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }
}
