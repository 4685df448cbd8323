using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Mail;
using Pelhrimov.Identity.Domain;

namespace Pelhrimov.Identity.Services;

/// <summary>"Zapomenuté heslo": e-mails a staff member a link with a password-reset token.</summary>
/// <remarks>Says nothing about whether the address has an account: the caller answers every request alike. A blocked
/// account gets no e-mail, and an address gets at most one every <see cref="Interval"/>.</remarks>
public sealed class PasswordResetRequests(
    UserManager<StaffUser> users,
    IMailQueue mail,
    MailHistory history,
    IAuditLog audit,
    MailTemplates templates,
    TimeProvider clock,
    ILogger<PasswordResetRequests> logger)
{
    public const string MailCategory = "staff-password-reset";

    public const string ResetPath = "admin/nove-heslo";

    /// <summary>How long a link works (the token lifespan set in <see cref="Startup"/>).</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(2);

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public async Task RequestAsync(string email, Uri siteRoot, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user?.Email is null || StaffAccounts.IsBlocked(user))
        {
            return;
        }
        if (await history.WasQueuedSinceAsync(user.Email, MailCategory, clock.GetUtcNow().UtcDateTime - Interval, cancellationToken))
        {
            logger.LogInformation("Password reset for staff user {UserId} asked again within {Interval}; no e-mail sent.", user.Id, Interval);
            return;
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = new Uri(siteRoot, $"{ResetPath}?uzivatel={user.Id}&token={Uri.EscapeDataString(token)}");
        var message = await templates.ComposeAsync(MailCategory, user.Email, new Dictionary<string, string>
        {
            [StaffMailTemplates.Account] = user.Email,
            [MailTemplateFields.Link] = link.AbsoluteUri,
            [MailTemplateFields.LinkLifetime] = $"{(int)LinkLifetime.TotalHours} hodiny",
        }, user.DisplayName, cancellationToken);
        audit.Add(StaffAuditActions.PasswordResetRequested, StaffAuditActions.EntityType, user.Id.ToString(),
            $"Odeslán odkaz pro nastavení nového hesla účtu {user.Email}.", actor: user.Email);
        // Stores the audit entry together with the message.
        await mail.EnqueueAsync(message, cancellationToken);
    }
}
