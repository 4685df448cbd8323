using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>An app for sign-in tests: its clock moves only when a test says so, and its password hasher for
/// <typeparamref name="TUser"/> counts verifications (to see that every failed sign-in costs the same check).</summary>
public sealed class SignInTestApp<TUser> : IAsyncLifetime
    where TUser : class
{
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public CountingPasswordHasher<TUser> Hasher { get; } = new();

    public PortalApp Portal { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Portal = await PortalApp.StartAsync(options: new PortalAppOptions
    {
        // These tests sign in often; the per-address limits have tests of their own.
        Settings = { ["Citizens:PasswordAttemptsPerMinute"] = "1000" },
        ConfigureServices = services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IPasswordHasher<TUser>>(Hasher);
        },
    });

    public ValueTask DisposeAsync() => Portal.DisposeAsync();
}
