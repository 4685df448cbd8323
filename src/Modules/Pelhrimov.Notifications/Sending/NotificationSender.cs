using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Mail;
using Pelhrimov.Core.Settings;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Templates;

namespace Pelhrimov.Notifications.Sending;

/// <summary>
/// <see cref="INotifications"/>: renders the current template once and records a message per channel; the e-mail's
/// outbox row and the messages commit together, so a rolled-back caller sends nothing.
/// </summary>
public sealed class NotificationSender(
    NotificationsDbContext db, CoreDbContext core, NotificationKinds kinds, TemplateStore templates,
    CitizenContacts contacts, IMailQueue mail, SmsDelivery sms, SiteSettingsStore settings, SiteAddress site, TimeProvider clock) : INotifications
{
    public const string MailCategoryPrefix = "notification:";

    public async Task<NotificationResult> SendAsync(NotificationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = kinds.Find(request.TemplateKey) ?? throw new ArgumentException($"Unknown notification kind '{request.TemplateKey}'.", nameof(request));
        if (request.Model.GetType() != kind.ModelType)
        {
            throw new ArgumentException($"The kind '{kind.Key}' takes a {kind.ModelType.Name}, not a {request.Model.GetType().Name}.", nameof(request));
        }
        var recipient = await ResolveAsync(request.Recipient, cancellationToken);
        var template = await templates.CurrentAsync(kind, cancellationToken);
        var town = await settings.GetAsync<SiteSettings>(cancellationToken);
        var rendered = await LiquidTemplates.RenderAsync(new TemplateParts(template.Subject, template.HtmlBody, template.TextBody), request.Model,
            new RecipientModel(recipient.Name), new TownModel(town.OfficialName, site.Root.ToString()));

        var skipped = new List<string>();
        var messages = new List<NotificationMessage>();
        NotificationMessage Add(NotificationChannel channel, string? address, DeliveryStatus status)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var message = new NotificationMessage
            {
                Id = Guid.NewGuid(), TemplateKey = kind.Key, TemplateVersion = template.Version, Channel = channel, Status = status,
                AccountId = request.Recipient.AccountId, Address = address, RecipientName = recipient.Name,
                Subject = rendered.Subject, TextBody = rendered.TextBody, HtmlBody = channel == NotificationChannel.Sms ? null : rendered.HtmlBody,
                CreatedUtc = now, StatusUtc = now,
            };
            messages.Add(message);
            db.Messages.Add(message);
            return message;
        }

        // Joins the caller's transaction on the core context when there is one: a rolled-back change sends nothing.
        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            if (request.Channels.HasFlag(NotificationChannels.Inbox))
            {
                if (request.Recipient.AccountId is null) { skipped.Add("Schránka v portálu: příjemce nemá účet v portálu."); }
                else { Add(NotificationChannel.Inbox, null, DeliveryStatus.Delivered); }
            }
            if (request.Channels.HasFlag(NotificationChannels.Email))
            {
                if (recipient.Email is not { } email) { skipped.Add("E-mail: příjemce nemá ověřenou e-mailovou adresu."); }
                else
                {
                    var message = Add(NotificationChannel.Email, email, DeliveryStatus.Queued);
                    await mail.EnqueueAsync(new OutgoingMessage(email, rendered.Subject, rendered.TextBody, rendered.HtmlBody, recipient.Name,
                        MailCategoryPrefix + kind.Key, message.CorrelationId), cancellationToken);
                }
            }
            if (request.Channels.HasFlag(NotificationChannels.Sms))
            {
                if (recipient.Phone is not { } phone) { skipped.Add("SMS: příjemce nemá telefonní číslo."); }
                else { Add(NotificationChannel.Sms, phone, DeliveryStatus.Queued); }
            }
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

        foreach (var message in messages.Where(m => m.Channel == NotificationChannel.Sms))
        {
            await sms.DeliverAsync(message, cancellationToken);
        }
        return new NotificationResult([.. messages.Select(m => m.Id)], template.Version, skipped);
    }

    /// <summary>
    /// Joins the caller's transaction when the core context is in one (an event handler's or a workflow's shared
    /// transaction), so the messages and the outbox row commit or roll back with the caller's change; else starts one.
    /// </summary>
    private async Task<CitizenContact> ResolveAsync(NotificationRecipient recipient, CancellationToken cancellationToken)
    {
        if (recipient.AccountId is not { } accountId)
        {
            return new CitizenContact(recipient.Email?.Trim(), recipient.Phone?.Trim(), recipient.Name);
        }
        return await contacts.FindAsync(accountId, cancellationToken)
            ?? throw new ArgumentException($"There is no citizen account {accountId}.", nameof(recipient));
    }
}
