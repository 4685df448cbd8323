using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Mail;
using Pelhrimov.Core.Security;
using Pelhrimov.Tests.Mail;

namespace Pelhrimov.Tests.Identity;

/// <summary>"Zapomenuté heslo" answers before it does any work for the address, so its timing tells nothing either.</summary>
public sealed class PasswordResetAnswerTests
{
    [Fact]
    public async Task A_reset_request_for_a_known_address_is_answered_before_its_email_is_queued()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            ConfigureServices = services => services.AddScoped<IMailQueue>(sp =>
                new GatedMailQueue(ActivatorUtilities.CreateInstance<MailQueue>(sp), gate.Task)),
        });
        var member = await app.CreateStaffAsync(StaffRoles.Editor);
        var client = app.CreateClient();

        // Before the fix the request itself queued the e-mail, so its answer waited for the gate (and timed out here).
        using var answer = await AntiforgeryForm.PostAsync(client, "/admin/zapomenute-heslo",
            new Dictionary<string, string?> { ["Email"] = member.Email }).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        Assert.Equal("/admin/zapomenute-heslo/odeslano", answer.LandedOn());
        gate.SetResult();
        var mail = await app.WaitForRowAsync(member.Email, m => m.Category == "staff-password-reset");
        Assert.Contains("nového hesla", mail.Subject, StringComparison.Ordinal);
    }

    /// <summary>The real outbox, held back until the test opens the gate.</summary>
    private sealed class GatedMailQueue(IMailQueue inner, Task gate) : IMailQueue
    {
        public async Task EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
        {
            await gate.WaitAsync(cancellationToken);
            await inner.EnqueueAsync(message, cancellationToken);
        }
    }
}
