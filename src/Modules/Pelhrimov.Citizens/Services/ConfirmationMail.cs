using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Mail;

namespace Pelhrimov.Citizens.Services;

/// <summary>The e-mail with the link that confirms a registered address: after registering, and again on request.</summary>
public sealed class ConfirmationMail(
    UserManager<CitizenAccount> users,
    IMailQueue mail,
    MailTemplates templates,
    MailHistory history,
    SiteAddress site,
    TimeProvider clock,
    ILogger<ConfirmationMail> logger)
{
    public const string Category = "account-confirmation";

    /// <summary>A new request for the same address within this time sends nothing (a mailbox is not to be flooded).</summary>
    public static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(5);

    /// <summary>Queues the confirmation e-mail of <paramref name="account"/> (in the caller's transaction, if any).</summary>
    public async Task SendAsync(CitizenAccount account, CancellationToken cancellationToken)
    {
        var token = await users.GenerateUserTokenAsync(account, CitizenTokens.Provider, CitizenTokens.ConfirmEmail);
        await mail.EnqueueAsync(await MessageAsync(account, token, cancellationToken), cancellationToken);
    }

    /// <summary>Sends a new link when <paramref name="email"/> belongs to an account still waiting for confirmation.
    /// The caller answers the same whatever happened here, so that nobody learns whether the address is registered.</summary>
    /// <returns>Whether an e-mail was queued (for the audit and tests; never for the answer).</returns>
    public async Task<bool> ResendAsync(string email, CancellationToken cancellationToken)
    {
        var account = await users.FindByEmailAsync(email.Trim());
        if (account?.Email is null || account.EmailConfirmed)
        {
            return false;
        }
        if (await history.WasQueuedSinceAsync(account.Email, Category, clock.GetUtcNow().UtcDateTime - ResendInterval, cancellationToken))
        {
            logger.LogInformation("Confirmation e-mail for citizen account {AccountId} asked again within {Interval}; none sent.", account.Id, ResendInterval);
            return false;
        }
        await SendAsync(account, cancellationToken);
        return true;
    }

    private Task<OutgoingMessage> MessageAsync(CitizenAccount account, string token, CancellationToken cancellationToken)
    {
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = new Uri(site.Root, $"registrace/potvrzeni?ucet={account.Id}&kod={code}").AbsoluteUri;
        return templates.ComposeAsync(Category, account.Email!, new Dictionary<string, string>
        {
            [MailTemplateFields.Link] = link,
            [MailTemplateFields.LinkLifetime] = LinkLifetimeText,
        }, cancellationToken: cancellationToken);
    }

    /// <summary>"24 hodin": the link's lifetime in words, for the e-mail and the page that says it was sent.</summary>
    public static string LinkLifetimeText => $"{(int)CitizenTokens.LinkLifetime.TotalHours} hodin";
}
