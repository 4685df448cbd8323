using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Delivery;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Sending;
using Pelhrimov.Tests.Citizens;

namespace Pelhrimov.Tests.Notifications;

/// <summary>One app with a real SMTP server on loopback, shared by the notification tests.</summary>
public sealed class NotificationsFixture : IAsyncLifetime
{
    public const string Password = "Zkouska-Heslo-2026!Obcan";

    public SmtpTestServer Smtp { get; private set; } = null!;

    public PortalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Smtp = await SmtpTestServer.StartAsync();
        // Short retries, so that a test that stops the SMTP server sees the messages go out soon after it is back.
        App = await PortalApp.StartAsync(options: new PortalAppOptions { Smtp = Smtp, Settings = { ["Smtp:RetryDelays:0"] = "00:00:00.300" } });
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    /// <summary>A registered citizen with a confirmed address no other test uses, and the given name and phone.</summary>
    public async Task<(Guid AccountId, string Email)> CitizenAsync(string? givenName = null, string? familyName = null, string? phone = null)
    {
        var email = $"obcan-{Guid.NewGuid():N}@example.cz";
        var account = await EidSignIn.RegisteredAccountAsync(App, email, Password);
        await App.InScopeAsync(sp => sp.GetRequiredService<CitizensDbContext>().Users.Where(u => u.Id == account.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.GivenName, givenName).SetProperty(u => u.FamilyName, familyName).SetProperty(u => u.PhoneNumber, phone)));
        return (account.Id, email);
    }

    /// <summary>A client signed in as the citizen with the password.</summary>
    public async Task<HttpClient> SignInAsync(string email)
    {
        var client = App.CreateClient(allowAutoRedirect: false);
        using var response = await AntiforgeryForm.PostAsync(client, "/prihlaseni",
            new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = Password }, "form[action='/prihlaseni']");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public Task<NotificationResult> SendAsync(NotificationRequest request) =>
        App.InScopeAsync(sp => sp.GetRequiredService<INotifications>().SendAsync(request));

    /// <summary>Runs <paramref name="work"/> with a service of the app in a scope of its own.</summary>
    public Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> work) where TService : notnull =>
        App.InScopeAsync(sp => work(sp.GetRequiredService<TService>()));

    public Task<NotificationMessage> MessageAsync(Guid id) =>
        App.InScopeAsync(sp => sp.GetRequiredService<NotificationsDbContext>().Messages.AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>Refreshes the e-mail message's state from the outbox until it is <paramref name="status"/>.</summary>
    public async Task<NotificationMessage> WaitForStatusAsync(Guid id, DeliveryStatus status)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await App.InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<EmailDeliveryStatus>().RefreshOpenAsync(CancellationToken.None);
                return true;
            });
            var message = await MessageAsync(id);
            if (message.Status == status)
            {
                return message;
            }
            if (waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"The message is {message.Status}, not {status}.");
            }
            await Task.Delay(100);
        }
    }
}
