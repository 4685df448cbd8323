using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Mail;
using Pelhrimov.Core.Settings;
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
    SiteSettingsStore settings,
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
        var site = await settings.GetAsync<SiteSettings>(cancellationToken);
        audit.Add(StaffAuditActions.PasswordResetRequested, StaffAuditActions.EntityType, user.Id.ToString(),
            $"Odeslán odkaz pro nastavení nového hesla účtu {user.Email}.", actor: user.Email);
        // Stores the audit entry together with the message.
        await mail.EnqueueAsync(Message(user, link, site.OfficialName), cancellationToken);
    }

    private static OutgoingMessage Message(StaffUser user, Uri link, string townName)
    {
        var hours = (int)LinkLifetime.TotalHours;
        var subject = $"Nastavení nového hesla do administrace – {townName}";
        var text = $"""
            Dobrý den,

            někdo (nejspíš vy) požádal o nastavení nového hesla k účtu {user.Email} v administraci webu {townName}.
            Nové heslo si nastavíte na této adrese:

            {link}

            Odkaz platí {hours} hodiny a lze jej použít jen jednou. Pokud jste o nové heslo nežádali, tento e-mail
            ignorujte; vaše heslo zůstává beze změny.

            {townName}
            """;
        string E(string value) => WebUtility.HtmlEncode(value);
        var html = $"""
            <p>Dobrý den,</p>
            <p>někdo (nejspíš vy) požádal o nastavení nového hesla k účtu {E(user.Email!)} v administraci webu {E(townName)}.</p>
            <p><a href="{E(link.AbsoluteUri)}">Nastavit nové heslo</a></p>
            <p>Odkaz platí {hours} hodiny a lze jej použít jen jednou. Pokud jste o nové heslo nežádali, tento e-mail ignorujte;
            vaše heslo zůstává beze změny.</p>
            <p>{E(townName)}</p>
            """;
        return new OutgoingMessage(user.Email!, subject, text, html, user.DisplayName, MailCategory);
    }
}
