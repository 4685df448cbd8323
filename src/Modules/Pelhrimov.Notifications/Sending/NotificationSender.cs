using Pelhrimov.Core.Data;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Digest;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.News;
using Pelhrimov.Notifications.Preferences;
using Pelhrimov.Notifications.Unsubscribe;

namespace Pelhrimov.Notifications.Sending;

/// <summary>
/// <see cref="INotifications"/>: renders the current template once and records a message per channel, honouring a
/// citizen's preferences (a channel switched off is skipped; e-mail for a digest waits for <see cref="DigestSender"/>);
/// the e-mail's outbox row and the messages commit together, so a rolled-back caller sends nothing.
/// </summary>
public sealed class NotificationSender(
    NotificationsDbContext db, CoreDbContext core, NotificationKinds kinds, NotificationRenderer renderer, CitizenContacts contacts,
    NotificationPreferences preferences, NotificationMail mail, NewsSubscriberSender news, SmsDelivery sms, TimeProvider clock) : INotifications
{
    public const string MailCategoryPrefix = NotificationMail.CategoryPrefix;

    private const string OffByPreference = "vypnuto v nastavení oznámení příjemce.";

    public async Task<NotificationResult> SendAsync(NotificationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = kinds.Find(request.TemplateKey) ?? throw new ArgumentException($"Unknown notification kind '{request.TemplateKey}'.", nameof(request));
        if (request.Model.GetType() != kind.ModelType)
        {
            throw new ArgumentException($"The kind '{kind.Key}' takes a {kind.ModelType.Name}, not a {request.Model.GetType().Name}.", nameof(request));
        }
        if (request.Recipient.NewsCategory is { } category)
        {
            return await news.SendAsync(kind, category, request, cancellationToken);
        }
        var recipient = await ResolveAsync(request.Recipient, cancellationToken);
        var accountId = request.Recipient.AccountId;
        var choice = accountId is { } id ? await preferences.ForAsync(id, kind.Key, cancellationToken) : null;
        var (version, rendered) = await renderer.RenderAsync(kind, request.Model, recipient.Name, cancellationToken);

        var skipped = new List<string>();
        var messages = new List<NotificationMessage>();
        var now = clock.GetUtcNow().UtcDateTime;
        NotificationMessage Add(NotificationChannel channel, string? address, DeliveryStatus status)
        {
            var message = new NotificationMessage
            {
                Id = Guid.NewGuid(), TemplateKey = kind.Key, TemplateVersion = version, Channel = channel, Status = status,
                AccountId = accountId, Address = address, RecipientName = recipient.Name,
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
                if (accountId is null) { skipped.Add("Schránka v portálu: příjemce nemá účet v portálu."); }
                else if (choice is { Inbox: false }) { skipped.Add("Schránka v portálu: " + OffByPreference); }
                else { Add(NotificationChannel.Inbox, null, DeliveryStatus.Delivered); }
            }
            if (request.Channels.HasFlag(NotificationChannels.Email))
            {
                if (recipient.Email is not { } email) { skipped.Add("E-mail: příjemce nemá ověřenou e-mailovou adresu."); }
                else if (choice is { Email: false }) { skipped.Add("E-mail: " + OffByPreference); }
                else
                {
                    var message = Add(NotificationChannel.Email, email, DeliveryStatus.Queued);
                    message.DigestDueUtc = choice is null ? null : DigestSchedule.NextUtc(now, choice.Frequency);
                    if (message.DigestDueUtc is null)
                    {
                        var unsubscribe = accountId is { } account ? UnsubscribeTarget.Citizen(account, kind.Key) : null;
                        await mail.EnqueueAsync(message, unsubscribe, cancellationToken);
                    }
                }
            }
            if (request.Channels.HasFlag(NotificationChannels.Sms))
            {
                if (recipient.Phone is not { } phone) { skipped.Add("SMS: příjemce nemá telefonní číslo."); }
                else if (choice is { Sms: false }) { skipped.Add("SMS: " + OffByPreference); }
                else { Add(NotificationChannel.Sms, phone, DeliveryStatus.Queued); }
            }
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        Delivery.NotificationMetrics.Reached(NotificationChannel.Inbox, DeliveryStatus.Delivered, messages.Count(m => m.Channel == NotificationChannel.Inbox));

        foreach (var message in messages.Where(m => m.Channel == NotificationChannel.Sms))
        {
            await sms.DeliverAsync(message, cancellationToken);
        }
        return new NotificationResult([.. messages.Select(m => m.Id)], version, skipped);
    }

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
